using System.Text.RegularExpressions;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>The real CareBot process killed outright mid-stream and started again: every command answered, none handled twice.</summary>
public sealed partial class CrashTests
{
    private const int People = 12;
    private const int CommandsEach = 10;

    private static readonly Dictionary<string, string> Paced = new(BotSettings.Unlimited)
    {
        // Slow enough that the kill lands while replies are still queued, fast enough for a short test.
        ["Telegram:Limits:PerChatIntervalMs"] = "20",
    };

    [Fact]
    public async Task A_kill_in_the_middle_of_a_batch_loses_no_command_and_handles_none_twice()
    {
        await using var fake = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled }, TestTimeout.Token);
        using var database = new TempDatabase();
        var owner = fake.CreateUser("Olga", "olga");
        var group = fake.CreateGroup("Riverside Care", owner);
        var people = Enumerable.Range(1, People).Select(i => fake.CreateUser($"Person{i}", $"person{i}")).ToList();
        await using var first = await ChildBot.StartAsync(fake, database.Path, Paced, TestTimeout.Token);
        fake.AddBotToGroup(group, owner);
        await fake.WaitForMessageCountAsync(group, 1, TestTimeout.Wait, TestTimeout.Token);

        var total = People * CommandsEach;
        for (var n = 0; n < total; n++)
        {
            fake.SendText(group, people[n % People], $"/offer item{n:000} soup on Sundays");
        }

        await fake.WaitForMessageAsync(group, m => m.PlainText.Contains("item", StringComparison.Ordinal), TestTimeout.Wait, TestTimeout.Token);
        var unconfirmedAtKill = fake.PendingUpdateCount;
        await first.KillAsync();
        var answeredAtKill = Replies(fake, group).Count;

        await using var second = await ChildBot.StartAsync(fake, database.Path, Paced, TestTimeout.Token);
        await fake.WaitUntilAsync(() => Replies(fake, group).Select(r => r.Item).Distinct().Count() == total, TestTimeout.Wait, TestTimeout.Token);
        await fake.WaitForUpdatesConsumedAsync(TestTimeout.Wait, TestTimeout.Token);
        var replies = Replies(fake, group);

        Assert.True(unconfirmedAtKill > 0 && answeredAtKill < total, $"the kill came too late: {answeredAtKill} answered, {unconfirmedAtKill} unconfirmed");
        Assert.All(replies.GroupBy(r => r.Item), answers => Assert.Single(answers.Select(a => a.OfferNumber).Distinct()));
        Assert.Equal(total, replies.Select(r => r.OfferNumber).Distinct().Count());
        Assert.True(replies.Count - total <= 1, $"{replies.Count - total} answers were sent twice; at most the one in flight may be");
    }

    private static List<(string Item, int OfferNumber)> Replies(FakeTelegramServer fake, FakeChat group) =>
        [.. fake.MessagesIn(group)
            .Select(m => OfferReply().Match(m.PlainText))
            .Where(match => match.Success)
            .Select(match => (match.Groups["item"].Value, int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    [GeneratedRegex(@"no\. (?<number>\d+)\)[\s\S]*(?<item>item\d{3})")]
    private static partial Regex OfferReply();
}
