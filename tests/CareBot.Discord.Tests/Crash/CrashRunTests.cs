using System.Globalization;
using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;
using Xunit.Abstractions;

namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// The crash proof on Discord, measured: the real host as its own process, configured as a new user would, against
/// the fake Discord with Discord's limits and answer times, while twenty-four members offer, ask, are asked in their
/// DMs, claim and mark done, and the host is killed (SIGKILL) five times, twice within a second of coming back.
/// Afterwards every offer and need is stored once, every post is seen once, every message the bot decided to send
/// was delivered, no interaction was answered twice, and copies and 429s are counted against their goals.
/// Figures: docs/reliability.md.
/// Run: CAREBOT_CRASH_TEST=1 dotnet test tests/CareBot.Discord.Tests --filter "FullyQualifiedName~CrashRunTests" --logger "console;verbosity=detailed"
/// </summary>
public sealed class CrashRunTests(ITestOutputHelper output)
{
    private const string MessagesRoute = "POST /channels/{channel_id}/messages";
    private const ulong ManageServer = 1UL << 5;

    /// <summary>Four interactions a second across the community.</summary>
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(250);

    /// <summary>Discord answers REST calls from nearby in about a tenth of a second: long enough for a kill to find a message posted and its answer not yet back.</summary>
    private static readonly TimeSpan AnswerDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>A new need every few seconds, while the offers are still coming in.</summary>
    private static readonly TimeSpan NeedSpacing = TimeSpan.FromSeconds(2.5);

    private static readonly TimeSpan SettleCeiling = TimeSpan.FromMinutes(5);

    private static TimeProvider Time => TimeProvider.System;

    [CrashRunFact]
    public async Task Five_kills_while_a_community_offers_asks_claims_and_thanks_lose_nothing_answer_nothing_twice_and_show_nothing_twice()
    {
        using var ceiling = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var token = ceiling.Token;
        var seed = Seed();
        var random = new Random(seed);
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions
        {
            OwnProcess = true,
            Rest = new FakeDiscordRestOptions
            {
                // Discord's: 50 requests a second for the bot, 5 messages per 5 s in a channel; the host keeps its defaults.
                GlobalLimitPerSecond = 50,
                Buckets = [new FakeBucketRule("channel-messages", 5, TimeSpan.FromSeconds(5), MessagesRoute)],
                AnswerDelay = AnswerDelay,
            },
        });
        using var typing = new Typing(Pace, Time);
        var ledger = new InteractionLedger();
        var plan = CrashWorkload.Create(h, typing, ledger, random);
        await h.CommandAsync(h.Owner, "agree", new JsonObject { ["key"] = "commands-per-minute", ["value"] = "30" }, ManageServer);

        var started = Time.GetUtcNow();
        var work = RunWorkloadAsync(h, plan, random, token);
        var kills = await KillAsync(h, plan, ledger, work, PlannedKill.Draw(random), started, token);
        await work;
        var workDone = Time.GetUtcNow() - started;
        await SettleAsync(h, plan, token);
        var settled = Time.GetUtcNow() - started;

        var outcome = await OutcomeAsync(h, plan, ledger, kills, seed, workDone, settled, token);
        await ReportAsync(CrashRunReport.Markdown(outcome), token);
        var failures = outcome.Failures();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, [.. failures.Take(40), "The host's output:", h.HostOutput]));
    }

    /// <summary>Everyone at once: each member's offers and looks, and the needs one after another a few seconds apart.</summary>
    private static Task RunWorkloadAsync(DiscordHarness h, CrashWorkload plan, Random random, CancellationToken cancellationToken)
    {
        var routines = plan.Members.Select(member => MemberRoutine.RunAsync(member, plan.OffersOf(member), cancellationToken));
        var commitments = new Commitments();
        var stories = plan.Needs.Select((need, index) => StoryAsync(new NeedStory(h, plan.Members, commitments, need, new Random(random.Next())), index * NeedSpacing, cancellationToken));
        return Task.WhenAll([.. routines, .. stories]);
    }

    private static async Task StoryAsync(NeedStory story, TimeSpan after, CancellationToken cancellationToken)
    {
        await Task.Delay(after, Time, cancellationToken);
        await story.RunAsync(cancellationToken);
    }

    /// <summary>Kills the host at the planned moments and starts it again at once, as a supervisor would, while the members carry on.</summary>
    private static async Task<List<KillRecord>> KillAsync(
        DiscordHarness h, CrashWorkload plan, InteractionLedger ledger, Task work, IReadOnlyList<PlannedKill> kills, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var records = new List<KillRecord>();
        var ready = started;
        foreach (var kill in kills)
        {
            // The kill's random moment: this waits for the run to get there, or for the members to be done first.
            var wait = ready + kill.After - Time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.WhenAny(work, Task.Delay(wait, Time, cancellationToken));
            }

            if (work.IsCompleted)
            {
                break;
            }

            var at = Time.GetUtcNow();
            var (made, messages) = (ledger.Made.Count, BotMessages(h, plan).Count);
            await h.KillHostAsync();
            await h.RestartHostAsync();
            var back = Time.GetUtcNow();
            records.Add(new KillRecord(kill, at, at - started, at - ready, made, messages, back - at));
            ready = back;
        }

        return records;
    }

    /// <summary>Waits until a consistent copy of the live database holds nothing left to deliver.</summary>
    private static async Task SettleAsync(DiscordHarness h, CrashWorkload plan, CancellationToken cancellationToken)
    {
        var users = plan.Members.Select(member => member.User).Append(h.Owner).ToList();
        var until = Time.GetUtcNow() + SettleCeiling;
        int left;
        while ((left = await DatabaseCopy.UndeliveredAsync(h.DatabasePath, users, cancellationToken)) > 0)
        {
            if (Time.GetUtcNow() > until)
            {
                throw new TimeoutException($"{left} messages were still to deliver {SettleCeiling} after the members were done. The host's output: {h.HostOutput}");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), Time, cancellationToken);
        }
    }

    private static async Task<CrashOutcome> OutcomeAsync(
        DiscordHarness h, CrashWorkload plan, InteractionLedger ledger, List<KillRecord> kills, int seed, TimeSpan workDone, TimeSpan settled, CancellationToken cancellationToken)
    {
        var requests = h.Rest.Requests;
        var errors = requests.Where(request => request.Status >= 400).ToList();
        var messages = BotMessages(h, plan);
        var returned = new HashSet<string>();
        var returnedByNonce = requests.Where(request => request.Route == MessagesRoute && request.Status == 200)
            .Count(request => request.ResponseJson?["id"]?.GetValue<string>() is { } id && !returned.Add(id));
        return new CrashOutcome
        {
            Seed = seed,
            Plan = plan,
            Kills = kills,
            Ledger = ledger,
            StoreProblems = await DatabaseCopy.ReadAsync(h.DatabasePath, session => StoredEffects.Problems(session, plan), cancellationToken),
            PostProblems = PostedOnce.Problems(h.Posts, plan),
            Copies = Copies.Of(messages, [.. kills.Select(kill => kill.At)]),
            AnsweredTwice = requests.Where(request => request.Route == Callbacks.Route).GroupBy(request => request.Path).Count(callbacks => callbacks.Count(c => c.Status == 204) > 1),
            AlreadyAcknowledged = errors.Count(error => Code(error) == 40060),
            TooManyRequests = [.. errors.Where(error => error.Status == 429)],
            TooLate = [.. errors.Where(error => Code(error) == 10062)],
            OtherErrors = [.. errors.Where(error => error.Status != 429 && Code(error) is not (10062 or 40060))],
            Posts = h.Posts.Count,
            DirectMessages = messages.Count - h.Posts.Count,
            Asks = messages.Count(message => Shown.Says(message, "could use a hand")),
            ReturnedByNonce = returnedByNonce,
            WorkDone = workDone,
            Settled = settled,
        };
    }

    /// <summary>What the bot posted in the channel and sent to DMs (not answers to interactions).</summary>
    private static List<FakeMessage> BotMessages(DiscordHarness h, CrashWorkload plan) =>
        [.. h.Posts, .. plan.Members.Select(member => member.User).Append(h.Owner).SelectMany(h.DirectMessages).Where(message => message.WebhookId is null)];

    private static int Code(RecordedRequest request) => request.ResponseJson?["code"]?.GetValue<int>() ?? 0;

    private async Task ReportAsync(string report, CancellationToken cancellationToken)
    {
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("CAREBOT_CRASH_REPORT") is { Length: > 0 } path)
        {
            await File.AppendAllTextAsync(path, report + Environment.NewLine, cancellationToken);
        }
    }

    /// <summary>A new seed each run, or CAREBOT_CRASH_SEED to repeat one (the people's plan repeats; the timing never does).</summary>
    private static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREBOT_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next();
}
