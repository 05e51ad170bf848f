using System.Globalization;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;
using Xunit.Abstractions;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// The crash proof, measured: the real host as its own process against the fake Bot API with Telegram's limits
/// enforced, fifty members typing a thousand commands while the host is killed (SIGKILL) five times, twice within a
/// second of coming back. Afterwards every command's effect is in the database exactly once, every message it had to
/// cause arrived, no command shows signs of being handled twice, and messages sent twice are counted per chat and per
/// crash against the goal of at most one. Figures: docs/reliability.md.
/// Run: CAREBOT_CRASH_TEST=1 dotnet test tests/CareBot.Telegram.Tests --filter "FullyQualifiedName~CrashProofTests" --logger "console;verbosity=detailed"
/// </summary>
public sealed class CrashProofTests(ITestOutputHelper output)
{
    /// <summary>Ten commands a second: the thousand take 100 s, and the kills fall while they come in.</summary>
    private static readonly TimeSpan Typing = TimeSpan.FromMilliseconds(100);

    /// <summary>Telegram answers a send in 50 to 300 ms.</summary>
    private static readonly TimeSpan AnswerDelay = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan SetUpCeiling = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan SettleCeiling = TimeSpan.FromMinutes(8);

    private static TimeProvider Time => TimeProvider.System;

    [CrashFact]
    public async Task Five_kills_during_a_thousand_commands_lose_none_handle_none_twice_and_repeat_at_most_one_message_per_chat_each()
    {
        using var ceiling = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var token = ceiling.Token;
        var seed = Seed();
        var random = new Random(seed);

        // The fake's limits are Telegram's (on by default), and so are the host's: nothing here is loosened. Its answers
        // take as long as Telegram's, so a kill often finds a message delivered whose answer never came.
        await using var fake = await FakeTelegramServer.StartAsync(new FakeTelegramOptions { AnswerDelay = AnswerDelay }, token);
        using var database = new TempDatabase();
        var plan = CrashWorkload.Create(fake, random);
        var kills = PlannedKill.Draw(random);
        await using var host = new CrashingHost(fake, database.Path);
        await host.StartAsync(token);
        await SetUpAsync(fake, plan, token);

        var firstMessage = fake.SentMessages.Count;
        var started = Time.GetUtcNow();
        var feed = new CommandFeed(fake, plan.Commands, Typing);
        var typing = feed.RunAsync(token);
        var records = new List<KillRecord>();
        foreach (var kill in kills)
        {
            var polling = host.PollingSince;
            // The kill's random moment: this waits for the run to get there, it is not a pause before a check.
            var wait = (kill.Number == 1 ? started : polling) + kill.After - Time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, Time, token);
            }

            var at = Time.GetUtcNow();
            var (typed, unconfirmed, sent) = (feed.Typed, fake.PendingUpdateCount, fake.SentMessages.Count - firstMessage);
            await host.KillAsync();
            await host.StartAsync(token);
            records.Add(new KillRecord(kill, at - started, at - polling, typed, unconfirmed, sent, host.PollingSince - at));
        }

        await typing;
        var typedFor = Time.GetUtcNow() - started;
        await fake.WaitForUpdatesConsumedAsync(SettleCeiling, token);
        using var store = await SettledDatabase.WaitAsync(fake, database.Path, plan.Members, SettleCeiling, token);
        var settled = Time.GetUtcNow() - started;

        var sentInRun = fake.SentMessages.Skip(firstMessage).ToList();
        var figures = new CrashFigures(
            seed,
            plan,
            records,
            DuplicateTally.Of(sentInRun, host.Arrivals),
            MessageCheck.Of(sentInRun, plan.Commands),
            StoredEffects.Problems(store, plan),
            [.. fake.Requests.Errors.Where(error => error.ErrorCode == 429).Select(error => TooManyRequestsNote.Of(error, fake, started, host.Arrivals))],
            [.. fake.Requests.Errors.Where(error => error.ErrorCode != 429)],
            sentInRun.Count,
            sentInRun.Count(message => message.ChatId < 0),
            typedFor,
            settled);
        await ReportAsync(CrashReport.Markdown(figures), token);

        var failures = figures.Failures();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, [.. failures.Take(40), "The host's output:", host.Output]));
    }

    /// <summary>
    /// Before the clock starts: the bot joins both groups, each owner lets members give 30 commands a minute (each of
    /// them gives 20 to 30 in the run, some of them within a minute), and every member opens a private chat with the
    /// bot and says something in their group, all of it answered.
    /// </summary>
    private static async Task SetUpAsync(FakeTelegramServer fake, CrashWorkload plan, CancellationToken cancellationToken)
    {
        foreach (var owner in plan.Owners)
        {
            fake.AddBotToGroup(owner.Group, owner.User);
            fake.SendText(owner.Group, owner.User, "/agree commands-per-minute 30");
        }

        foreach (var member in plan.Members)
        {
            if (member.Index > 0)
            {
                fake.JoinGroup(member.Group, member.User);
            }

            fake.UserStartsBot(member.User);
            fake.SendText(member.Group, member.User, "/mine");
        }

        await fake.WaitUntilAsync(
            () => plan.Owners.All(owner => fake.MessagesIn(owner.Group).Any(message => message.PlainText.Contains("commands-per-minute is now", StringComparison.Ordinal)))
                && plan.Members.All(member => fake.MessagesIn(member.Private).Count >= 2),
            SetUpCeiling,
            cancellationToken);
    }

    private async Task ReportAsync(string report, CancellationToken cancellationToken)
    {
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("CAREBOT_CRASH_REPORT") is { Length: > 0 } path)
        {
            await File.AppendAllTextAsync(path, report + Environment.NewLine, cancellationToken);
        }
    }

    /// <summary>A new seed each run, or CAREBOT_CRASH_SEED to repeat one (the commands repeat; the timing never does).</summary>
    private static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREBOT_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next();
}
