using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;
using Xunit.Abstractions;

namespace CareBot.Telegram.Tests.Load;

/// <summary>
/// 100 members sending 10 commands each, all at once, through the fake Bot API server with Telegram's real limits
/// enforced, against the real host with its default limits. Reports throughput, update-to-reply latency and the time
/// to deliver every private message against the least time the limits allow.
/// Run: CAREBOT_LOAD_BENCHMARK=1 dotnet test tests/CareBot.Telegram.Tests --filter "FullyQualifiedName~TelegramLoadBenchmark" --logger "console;verbosity=detailed"
/// </summary>
public sealed class TelegramLoadBenchmark(ITestOutputHelper output)
{
    private const int Members = 100;
    private const int CommandsEach = 10;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private static readonly string[] Script =
    [
        "/offer rides to appointments, I have a car", "/offers", "/offer cooking soup for two", "/mine", "/needs",
        "/offer help with forms and letters", "/me", "/map", "/flow", "/help",
    ];

    [LoadFact]
    public async Task A_hundred_members_sending_ten_commands_each()
    {
        await using var fake = await FakeTelegramServer.StartAsync(new FakeTelegramOptions(), TestTimeout.Token);
        using var database = new TempDatabase();
        await using var bot = await InProcessBot.StartAsync(fake, database.Path);
        var (group, members) = await SetUpAsync(fake);
        var before = fake.SentMessages.Count;

        var clock = Stopwatch.StartNew();
        var typedAt = new Dictionary<(long Chat, int Index), DateTimeOffset>();
        for (var round = 0; round < CommandsEach; round++)
        {
            foreach (var member in members)
            {
                var chat = fake.PrivateChatWith(member);
                fake.SendText(chat, member, Script[round]);
                typedAt[(chat.Id, round)] = DateTimeOffset.UtcNow;
            }
        }

        var expected = before + Members * CommandsEach;
        await fake.WaitUntilAsync(() => fake.SentMessages.Count >= expected, RunLimit, TestTimeout.Token);
        var elapsed = clock.Elapsed;
        var replies = fake.SentMessages.Skip(before).ToList();

        var report = Report(fake, replies, typedAt, elapsed);
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("CAREBOT_LOAD_REPORT") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, report);
        }

        Assert.Equal(Members * CommandsEach, replies.Count);
        Assert.Equal(0, fake.Requests.TooManyRequestsIssued);
        Assert.NotNull(group);
    }

    [LoadFact]
    public async Task Update_to_reply_when_the_bot_is_otherwise_idle()
    {
        await using var fake = await FakeTelegramServer.StartAsync(new FakeTelegramOptions(), TestTimeout.Token);
        using var database = new TempDatabase();
        await using var bot = await InProcessBot.StartAsync(fake, database.Path);
        var (_, members) = await SetUpAsync(fake);

        // Set-up just wrote to every member; let the one-a-second limit per chat lapse so it isn't what gets measured.
        await Task.Delay(TimeSpan.FromSeconds(1.1), TestTimeout.Token);
        var latencies = new List<double>();
        foreach (var member in members.Take(50))
        {
            var chat = fake.PrivateChatWith(member);
            var count = fake.MessagesIn(chat).Count;
            var clock = Stopwatch.StartNew();
            fake.SendText(chat, member, "/offers");
            await fake.WaitForMessageCountAsync(chat, count + 1, TestTimeout.Wait, TestTimeout.Token);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        var report = $"| update to reply, one command at a time (50), median / p95 / max | {Percentile(latencies, 0.5):0} ms / {Percentile(latencies, 0.95):0} ms / {latencies[^1]:0} ms |";
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("CAREBOT_LOAD_REPORT") is { Length: > 0 } path)
        {
            await File.AppendAllTextAsync(path + ".idle", report + Environment.NewLine);
        }

        Assert.Equal(0, fake.Requests.TooManyRequestsIssued);
    }

    /// <summary>The group, and members who joined it, opened a private chat and said one thing in the group, all delivered.</summary>
    private static async Task<(FakeChat Group, List<FakeUser> Members)> SetUpAsync(FakeTelegramServer fake)
    {
        var owner = fake.CreateUser("Olga", "olga");
        var group = fake.CreateGroup("Riverside Care", owner);
        fake.AddBotToGroup(group, owner);

        // Each member gives 12 commands within a minute here (Start, /mine, then the 10 measured), past the default of
        // 10 a minute (issue 8): this benchmark measures delivery under Telegram's limits, not the group's agreement.
        fake.SendText(group, owner, "/agree commands-per-minute 20");

        // Three asked per need, as when these figures were first taken (the default is one since issue 13's simulation).
        fake.SendText(group, owner, "/agree wave-size 3");
        var members = Enumerable.Range(1, Members).Select(i => fake.CreateUser($"Member{i}", $"member{i}")).ToList();
        foreach (var member in members)
        {
            fake.JoinGroup(group, member);
            fake.UserStartsBot(member);
            fake.SendText(group, member, "/mine");
        }

        // Two answers to the two agreements, the welcome, and each member's welcome and /mine answer.
        await fake.WaitUntilAsync(() => fake.SentMessages.Count >= 3 + 2 * Members, RunLimit, TestTimeout.Token);
        return (group, members);
    }

    private static string Report(FakeTelegramServer fake, List<SentMessage> replies, Dictionary<(long Chat, int Index), DateTimeOffset> typedAt, TimeSpan elapsed)
    {
        var latencies = replies.GroupBy(reply => reply.ChatId)
            .SelectMany(chat => chat.Select((reply, index) => (reply.SentAt - typedAt[(chat.Key, index)]).TotalSeconds))
            .Order()
            .ToList();
        var perChat = replies.GroupBy(reply => reply.ChatId).ToDictionary(chat => chat.Key, chat => chat.Count());
        var floor = DeliveryFloor.For(perChat);
        var firstToLast = replies.Max(reply => reply.SentAt) - replies.Min(reply => reply.SentAt);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| private messages delivered | {replies.Count} of {Members * CommandsEach} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| 429s answered by the fake | {fake.Requests.TooManyRequestsIssued} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| messages per second (first command to last reply) | {replies.Count / elapsed.TotalSeconds:0.0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| first command to last reply | {elapsed.TotalSeconds:0.00} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| first reply to last reply | {firstToLast.TotalSeconds:0.00} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| least time the limits allow (first to last send) | {floor.TotalSeconds:0.00} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| over the floor | {(firstToLast.TotalSeconds / floor.TotalSeconds - 1) * 100:0.0} % |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| update to reply, median / p95 / max | {Percentile(latencies, 0.5):0.00} s / {Percentile(latencies, 0.95):0.00} s / {latencies[^1]:0.00} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| update to reply, fastest | {latencies[0] * 1000:0} ms |");
        return text.ToString();
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
