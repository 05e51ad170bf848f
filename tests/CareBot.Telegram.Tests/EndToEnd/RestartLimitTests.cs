using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Telegram keeps counting across our restarts: a bot that sent a group its 20 messages of the minute and restarted
/// must wait out the rest of that minute (it did not, and drew 429s with retry_after up to 18 s).
/// </summary>
public sealed class RestartLimitTests
{
    private const int GroupPerMinute = 20;

    [Fact]
    public async Task A_restart_right_after_20_group_messages_waits_for_the_minute_instead_of_drawing_a_429()
    {
        using var ceiling = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        // Only the group's 20 a minute matters here: chats may take bursts, and the bot doesn't space messages per chat.
        var limits = new FakeRateLimitOptions { PerChatBurst = 1000, PerGroupMessagesPerMinute = GroupPerMinute };
        await using var scenario = await GroupScenario.StartAsync(
            new FakeTelegramOptions { RateLimits = limits }, settings: new Dictionary<string, string> { ["Telegram:Limits:PerChatIntervalMs"] = "0" });
        var people = new List<FakeUser>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await scenario.MemberAsync($"Person{i}", startedBot: false));
        }

        for (var i = 1; i < GroupPerMinute; i++)
        {
            scenario.Say(people[i % people.Count], "/help");
        }

        await scenario.Fake.WaitForMessageCountAsync(scenario.Group, GroupPerMinute, TimeSpan.FromSeconds(60), ceiling.Token);
        await scenario.RestartAsync(new Dictionary<string, string> { ["Telegram:Limits:PerChatIntervalMs"] = "0" });

        scenario.Say(people[0], "/help");
        var all = await scenario.Fake.WaitForMessageCountAsync(scenario.Group, GroupPerMinute + 1, TimeSpan.FromSeconds(120), ceiling.Token);

        Assert.Equal(0, scenario.Fake.Requests.TooManyRequestsIssued);
        var gap = all[GroupPerMinute].SentAt - all[0].SentAt;
        Assert.True(gap >= TimeSpan.FromSeconds(60), $"the 21st group message went {gap.TotalSeconds:0.0} s after the first");
    }
}
