using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A burst that would break Telegram's limits if sent as it came, against a fake that enforces them: the sender paces
/// itself, so no 429 is ever answered and nothing is lost.
/// </summary>
public sealed class RateLimitTests
{
    private const int People = 35;

    [Fact]
    public async Task A_burst_is_paced_under_Telegrams_limits_without_a_single_429_and_nothing_is_lost()
    {
        await using var scenario = await GroupScenario.StartAsync(new FakeTelegramOptions(), settings: new Dictionary<string, string>());
        var fake = scenario.Fake;
        var people = Enumerable.Range(1, People).Select(i => fake.CreateUser($"P{i}", $"p{i}")).ToList();
        foreach (var person in people)
        {
            fake.JoinGroup(scenario.Group, person);
            fake.UserStartsBot(person);
            scenario.Say(person, "/mine");
        }

        await fake.WaitUntilAsync(() => fake.SentMessages.Count >= 1 + 2 * People, TestTimeout.Wait, TestTimeout.Token);
        var before = fake.SentMessages.Count;
        foreach (var person in people)
        {
            scenario.Dm(person, "/offers");
            scenario.Dm(person, "/mine");
        }

        for (var i = 0; i < 3; i++)
        {
            scenario.Say(people[i], $"/offer soup number {i}");
        }

        await fake.WaitUntilAsync(() => fake.SentMessages.Count >= before + 2 * People + 3, TestTimeout.Wait, TestTimeout.Token);
        var sent = fake.SentMessages;

        Assert.Equal(0, fake.Requests.TooManyRequestsIssued);
        Assert.Equal(before + 2 * People + 3, sent.Count);
        Assert.All(sent.GroupBy(m => m.ChatId), chat => Assert.All(chat.Zip(chat.Skip(1)), pair =>
            Assert.True(pair.Second.SentAt - pair.First.SentAt >= TimeSpan.FromSeconds(0.99), $"two messages to {chat.Key} {(pair.Second.SentAt - pair.First.SentAt).TotalMilliseconds:0} ms apart")));
        Assert.All(sent, message => Assert.True(sent.Count(m => m.SentAt > message.SentAt - TimeSpan.FromSeconds(1) && m.SentAt <= message.SentAt) <= 30));
    }
}
