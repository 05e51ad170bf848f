using CareBot.Core.Platforms;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;
using Xunit.Abstractions;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>
/// One member floods the group with 200 commands, against a fake that enforces Telegram's limits and a bot at its real
/// pacing: the flooder is told once, privately, their extra commands post nothing, and another member's need is
/// posted within seconds instead of waiting behind the flood (it took 600 s before issue 8).
/// </summary>
public sealed class FloodTests(ITestOutputHelper output)
{
    private const int Flood = 200;

    // The goal (posted within 10 s) is measured and written in docs/benchmarks.md; the test checks what makes it so,
    // without a clock: her post takes its turn, behind at most the few of Fred's that went while hers was on its way
    // (at 20 group messages a minute, four are 12 s; behind his whole backlog she would wait for all ten).
    private const int MostOfFredsBeforeHers = 4;

    [Fact]
    public async Task Another_members_need_takes_its_turn_ahead_of_a_200_command_flood()
    {
        await using var scenario = await GroupScenario.StartAsync(new FakeTelegramOptions(), settings: new Dictionary<string, string>());
        var fred = await scenario.MemberAsync("Fred");
        var nadia = await scenario.MemberAsync("Nadia");

        for (var i = 0; i < Flood; i++)
        {
            scenario.Say(fred, $"/need soup delivery number {i:000} please");
        }

        var asked = DateTimeOffset.UtcNow;
        scenario.Say(nadia, "/need a ride to the clinic on Friday");
        var post = await scenario.GroupMessageAsync("ride to the clinic");
        var waited = post.SentAt - asked;

        var notice = await scenario.DmAsync(fred, "a lot of commands");
        await scenario.Fake.WaitForUpdatesConsumedAsync(TestTimeout.Wait, TestTimeout.Token);

        Assert.Single(scenario.DmsTo(fred), m => m.PlainText.Contains("a lot of commands", StringComparison.Ordinal));
        Assert.DoesNotContain(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("a lot of commands", StringComparison.Ordinal));
        Assert.NotNull(notice);
        Assert.Equal(0, scenario.Fake.Requests.TooManyRequestsIssued);

        // Once the group's queue has drained, Fred got at most the ten a minute he was allowed, never the 200 he sent.
        await scenario.Fake.WaitUntilAsync(
            () => !scenario.Bot.Engine.Outbox.Due(KnownPlatforms.Telegram, 1000).Any(m => !m.Destination.IsDirect), TimeSpan.FromSeconds(60), TestTimeout.Token);
        var freds = scenario.Fake.MessagesIn(scenario.Group).Where(m => m.PlainText.Contains("soup delivery", StringComparison.Ordinal)).ToList();
        var fredsAfter = freds.Count(m => m.SentAt > post.SentAt);
        output.WriteLine($"Nadia's need posted after {waited.TotalSeconds:0.0} s; Fred's posts: {freds.Count} ({freds.Count - fredsAfter} before hers, {fredsAfter} after); 429s: {scenario.Fake.Requests.TooManyRequestsIssued}");
        Assert.InRange(freds.Count, 1, 10);

        // Her post took its turn instead of queueing behind everything Fred had waiting.
        Assert.True(fredsAfter >= 1, $"all {freds.Count} of Fred's posts went before Nadia's");
        Assert.InRange(freds.Count - fredsAfter, 0, MostOfFredsBeforeHers);
    }
}
