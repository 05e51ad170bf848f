using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Testing.FakeDiscord.Gateway;
using CareBot.Testing.FakeDiscord.Rest;
using Npgsql;
using Xunit.Abstractions;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// Issue 14's proof on Discord: three CareBot hosts on one PostgreSQL, configured as an operator would
/// (Discord__Token, Discord__ApiBaseUrl, Discord__GatewayUrl), against one fake Discord with Discord's limits, while the
/// members of a server offer, ask, press "I can help" on the asks in their DMs and look at their pages, and hosts are
/// killed outright (SIGKILL, the gateway's holder first) and started again. One host holds the gateway at a time and
/// another takes it within the lease; no interaction is answered twice, and none that reached a host living 10 s on goes
/// unanswered; one sent to a host killed before it answered fails, as Discord shows it (counted: within 3 s, or later
/// when the host was too slow), and the member's next try works; every need is
/// stored and posted once; no DM reaches anyone twice (a resend after a kill carries the first one's nonce); Discord
/// never answers 429.
/// </summary>
public sealed class DiscordInstancesKilledTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const int LeaseSeconds = 3;
    private const int Hosts = 3;
    private const string MessagesRoute = "POST /channels/{channel_id}/messages";
    private const string CallbackRoute = "POST /interactions/{interaction_id}/{interaction_token}/callback";

    /// <summary>Discord gives the bot 3 s to acknowledge an interaction; then the member sees "This interaction failed".</summary>
    private static readonly TimeSpan Acknowledge = TimeSpan.FromSeconds(3);

    /// <summary>A host that lived this long after an interaction reached it and never answered dropped it.</summary>
    private static readonly TimeSpan DroppedAfter = TimeSpan.FromSeconds(10);

    /// <summary>A dead leader's gateway is taken over within its lease and a third; a cold process and a busy machine add some.</summary>
    private static readonly TimeSpan TakeoverBound = TimeSpan.FromSeconds(LeaseSeconds * 4.0 / 3 + 6);

    private static readonly string[] Offers =
    [
        "lifts to the station in my car",
        "cooking hot meals for the week",
        "walking dogs and feeding cats",
        "picking up groceries and errands",
    ];

    private static readonly string[] Needs =
    [
        "a lift to the station on saturday",
        "a hot meal or two this week",
        "someone to walk my dog tomorrow",
        "someone to pick up groceries for me",
    ];

    private readonly TestDatabase _database = TestPostgres.CreateDatabase();
    private readonly string _folder = Directory.CreateTempSubdirectory("carebot-discord-proof-").FullName;
    private readonly List<ChildCareBot> _children = [];
    private readonly List<ChildCareBot> _killed = [];
    private readonly List<DiscordAttempt> _attempts = [];
    private readonly List<string> _arrivalsWithoutSession = [];
    private readonly List<List<string>> _arguments = [];
    private FakeDiscordRestServer? _rest;
    private ClusterDiscordGateway? _gateway;
    private FakeGuild? _guild;
    private FakeChannel? _channel;

    public async ValueTask DisposeAsync()
    {
        foreach (var child in _children.Concat(_killed))
        {
            await child.DisposeAsync();
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_rest is not null)
        {
            await _rest.DisposeAsync();
        }

        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Always on: twelve members, four interactions each, a kill every 4–8 s while they last (two or more, the gateway's holder first).</summary>
    [PostgreSqlFact]
    public Task Members_interactions_are_answered_once_and_nothing_is_sent_twice_while_the_gateway_holder_is_killed() =>
        RunAsync(members: 12, rounds: 1, between: TimeSpan.FromSeconds(5), kills: 2);

    /// <summary>The bigger run: fifty members, four hundred interactions, a kill every 4–8 s while they last (six or more).</summary>
    [ClusterLoadFact]
    public Task Fifty_members_four_hundred_interactions_while_hosts_are_killed_every_few_seconds() =>
        RunAsync(members: 50, rounds: 2, between: TimeSpan.FromSeconds(7), kills: 6);

    /// <summary>
    /// A DM Discord made whose answer never reached its sender (killed): another host sends it again once the dead one's
    /// claim runs out, with the same nonce (made from the stored outbox message), and Discord answers with the message
    /// already made, so the member sees it once.
    /// </summary>
    [PostgreSqlFact]
    public async Task A_DM_made_but_unanswered_when_its_sender_is_killed_is_sent_again_by_another_host_with_its_nonce_and_seen_once()
    {
        using var ceiling = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var people = await StartClusterAsync(members: 2);
        var (ann, bob) = (people[0], people[1]);
        await GiveAsync(ann, "offer", new JsonObject { ["text"] = $"{Offers[0]} {OfferTag(1, 0)}" }, ("offers", OfferTag(1, 0)), ceiling.Token);
        var hold = _rest!.Hold(MessagesRoute, FakeHoldPoint.AfterHandling, json => Words(json).Contains("could use a hand", StringComparison.Ordinal));
        await GiveAsync(bob, "need", new JsonObject { ["text"] = $"{Needs[0]} {Tag(2, 0)}" }, ("mine", Tag(2, 0)), ceiling.Token);
        await hold.Caught.WaitAsync(TimeSpan.FromSeconds(60));
        await WaitAsync(() => Asks(ann).Count == 1, TimeSpan.FromSeconds(30), "the ask in Ann's DMs");
        var posted = Asks(ann)[0];

        // Which host sent it: the one whose killing ends the held request. The others are started again at once.
        int? sender = null;
        for (var i = 0; i < Hosts && sender is null; i++)
        {
            await _children[i].KillAsync();
            _killed.Add(_children[i]);
            if (await Task.WhenAny(hold.ClientGone, Task.Delay(TimeSpan.FromSeconds(3))) == hold.ClientGone)
            {
                sender = i;
            }
            else
            {
                _children[i] = Start(_arguments[i]);
            }
        }

        Assert.True(sender is not null, "no host's killing ended the held request");
        var killedAt = DateTimeOffset.UtcNow;
        await WaitAsync(() => AskSends() is { Count: >= 2 } sends && sends[^1].Status == 200, TimeSpan.FromSeconds(90), "another host to send the ask again");
        var again = DateTimeOffset.UtcNow - killedAt;
        _children[sender.Value] = Start(_arguments[sender.Value]);
        await WaitAsync(() => Scalar("SELECT count(*) FROM outbox WHERE status = 'Pending' AND deliver_after <= now()") == 0, TimeSpan.FromSeconds(60), "the outbox to empty");

        var sends = AskSends();
        Assert.Single(sends.Select(send => send.Json!["nonce"]!.GetValue<string>()).Distinct());
        Assert.All(sends, send => Assert.True(send.Json!["enforce_nonce"]!.GetValue<bool>()));
        Assert.Equal(Id(posted.Id), sends[^1].ResponseJson!["id"]!.GetValue<string>());
        Assert.Single(Asks(ann));
        Assert.Single(NeedCards());
        Assert.DoesNotContain(_rest.Requests, request => request.Status == 429);
        output.WriteLine(
            $"The ask held after Discord made it; its sender, instance-{sender + 1}, killed; sent again {again.TotalSeconds:0.0} s later by another host " +
            $"with the same nonce ({sends.Count} sends), answered with the message already made; Ann's DMs show it once.");
    }

    /// <param name="kills">The fewest kills the run must have seen to count.</param>
    private async Task RunAsync(int members, int rounds, TimeSpan between, int kills)
    {
        var started = Stopwatch.StartNew();
        var people = await StartClusterAsync(members);
        var arguments = _arguments;
        var setUp = started.Elapsed;

        using var ceiling = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var random = new Random(1414);
        var offsets = people.Select(_ => TimeSpan.FromMilliseconds(random.Next((int)between.TotalMilliseconds))).ToList();
        var load = Stopwatch.StartNew();
        var typing = Task.WhenAll(people.Select((person, m) => MemberAsync(person, m, offsets[m], rounds, between, ceiling.Token)));
        var killTimes = await KillAsync(arguments, new Random(41), typing);
        await typing;
        var typed = load.Elapsed;

        var needs = members * rounds;
        await WaitAsync(() => NeedCards().Count >= needs, TimeSpan.FromSeconds(180), "every need posted in the channel");
        await WaitAsync(() => Scalar("SELECT count(*) FROM outbox WHERE status = 'Pending' AND deliver_after <= now()") == 0, TimeSpan.FromSeconds(120), "the outbox to empty");
        var done = load.Elapsed;

        var failures = new List<string>();
        var requests = _rest!.Requests;
        var attempts = Attempts();

        // The gateway: one live session at a time, and a killed holder's place taken within the lease.
        var sessions = _gateway!.Sessions;
        failures.AddRange(_gateway.Overlaps.Select(o => $"two live sessions: #{o.Earlier.Connection.Number} still open when #{o.Later.Connection.Number} identified at {o.Later.IdentifiedAt:HH:mm:ss.fff}"));
        var takeovers = killTimes.Where(k => k.HeldGateway)
            .Select(k => (Kill: k, Next: sessions.Where(s => s.IdentifiedAt > k.At).Select(s => (DateTimeOffset?)s.IdentifiedAt).Min()))
            .Select(t => t.Next is { } next ? next - t.Kill.At : TimeSpan.MaxValue).ToList();
        failures.AddRange(takeovers.Where(t => t > TakeoverBound).Select(t => $"the gateway was taken over {(t == TimeSpan.MaxValue ? "never" : $"{t.TotalSeconds:0.0} s")} after its holder was killed (bound {TakeoverBound.TotalSeconds:0.0} s)"));
        if (!killTimes.Any(k => k.HeldGateway))
        {
            failures.Add("the gateway's holder was never killed");
        }

        // Interactions: every one that reached a session which lived 3 s on is acknowledged; none twice.
        var callbacks = requests.Where(r => r.Route == CallbackRoute).ToList();
        var acceptedTwice = callbacks.GroupBy(c => c.Path).Where(g => g.Count(c => c.Status == 204) > 1).Select(g => g.Key).ToList();
        var alreadyAcknowledged = requests.Count(r => Code(r) == 40060);
        failures.AddRange(acceptedTwice.Select(path => $"answered twice: {path[..Math.Min(60, path.Length)]}"));
        if (alreadyAcknowledged > 0)
        {
            failures.Add($"{alreadyAcknowledged} callbacks refused as already acknowledged (40060)");
        }

        var acked = attempts.Where(a => a.Interaction.CallbackType is not null).ToList();
        // Not acknowledged: lost when its host was killed within Discord's 3 seconds; slow when the host lived past them
        // but was killed before it got to it (a cold host on a busy machine), or answered after them (Discord refuses that
        // callback 10062); dropped when the host lived well past them and never tried. Only the last is a fault here.
        var notAcknowledged = attempts.Where(a => a.Interaction.CallbackType is null).ToList();
        var lostByKill = notAcknowledged.Where(a => !a.SessionStayed(Acknowledge)).ToList();
        var late = notAcknowledged.Where(a => a.SessionStayed(Acknowledge) && requests.Any(r => r.Route == CallbackRoute && r.Path.Contains(a.Interaction.Token, StringComparison.Ordinal) && Code(r) == 10062)).ToList();
        var slowThenKilled = notAcknowledged.Where(a => a.SessionStayed(Acknowledge) && !a.SessionStayed(DroppedAfter)).Except(late).ToList();
        var dropped = notAcknowledged.Where(a => a.SessionStayed(DroppedAfter)).Except(late).ToList();
        failures.AddRange(dropped.Select(a => $"{a.Member}'s /{a.Command} at {a.DispatchedAt:HH:mm:ss.fff} reached session #{string.Join(",", a.To.Select(t => t.Connection.Number))} " +
            $"(ended {string.Join(",", a.To.Select(t => t.EndedAt?.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "never"))}) and was never answered: " +
            string.Join("; ", requests.Where(r => r.Path.Contains(a.Interaction.Token, StringComparison.Ordinal)).Select(r => $"{r.ReceivedAt:HH:mm:ss.fff} {r.Route} {r.Status} {Code(r)}"))));
        var unfinished = attempts.Where(a => a.Interaction.CallbackType == 5 && !Complete(a.Interaction) && a.SessionStayed(TimeSpan.FromSeconds(15))).ToList();
        failures.AddRange(unfinished.Select(a => $"{a.Member}'s /{a.Command} was deferred on a session that lived on and never filled in"));

        // Needs: numbered without gap or repeat, each tag stored once and posted once, each answer's number among them.
        var stored = Scalar("SELECT count(*) FROM needs");
        if (stored != needs || Scalar("SELECT count(DISTINCT number) FROM needs") != needs || Scalar("SELECT max(number) FROM needs") != needs)
        {
            failures.Add($"needs stored: {stored}, distinct numbers {Scalar("SELECT count(DISTINCT number) FROM needs")}, highest {Scalar("SELECT max(number) FROM needs")}; {needs} expected, numbered 1 to {needs}");
        }

        var cards = NeedCards();
        var cardNumbers = cards.Select(c => Number(Text(c), "Need #")).ToList();
        if (!cardNumbers.Order().SequenceEqual(Enumerable.Range(1, needs)))
        {
            failures.Add($"need cards posted: {string.Join(", ", cardNumbers.Order())}; each of 1 to {needs} once expected");
        }

        for (var m = 1; m <= members; m++)
        {
            for (var r = 0; r < rounds; r++)
            {
                var tag = Tag(m, r);
                var storedWithTag = Scalar($"SELECT count(*) FROM needs WHERE doc::text LIKE '%{tag}%'");
                var postedWithTag = cards.Count(c => Text(c).Contains(tag, StringComparison.Ordinal));
                if (storedWithTag != 1 || postedWithTag != 1)
                {
                    failures.Add($"need {tag}: stored {storedWithTag} times, posted {postedWithTag} times");
                }
            }
        }

        var answeredNumbers = acked.Where(a => a.Command == "need").Select(a => Number(AnswerText(a.Interaction), "#")).Where(n => n > 0).ToList();
        if (answeredNumbers.Count != answeredNumbers.Distinct().Count() || answeredNumbers.Any(n => n > needs))
        {
            failures.Add($"/need answers named {string.Join(", ", answeredNumbers.Order())}");
        }

        // DMs: nothing twice in anyone's DMs, and a message sent again (after a kill) carried the first one's nonce.
        var direct = people.Select(p => _rest.DirectChannelOf(p)).OfType<FakeChannel>().ToList();
        var dms = direct.SelectMany(c => _rest.MessagesIn(c.Id)).Where(m => m.WebhookId is null).ToList();
        failures.AddRange(direct.SelectMany(c => _rest.MessagesIn(c.Id).Where(m => m.WebhookId is null).GroupBy(Text).Where(g => g.Count() > 1))
            .Select(g => $"sent twice to a DM: {g.Key[..Math.Min(70, g.Key.Length)]}"));
        var sends = requests.Where(r => r.Route == MessagesRoute).ToList();
        var sentAgain = sends.GroupBy(r => r.Path + "|" + Words(r.Json)).Where(g => g.Count() > 1).ToList();
        failures.AddRange(sentAgain.Where(g => g.Select(r => r.Json?["nonce"]?.ToString()).Distinct().Count() > 1)
            .Select(g => $"sent again with another nonce: {g.Key[..Math.Min(90, g.Key.Length)]}"));
        var returnedIds = new HashSet<string>();
        var returnedByNonce = sends.Where(r => r.Status == 200).Count(r => r.ResponseJson?["id"]?.ToString() is { } id && !returnedIds.Add(id));
        failures.AddRange(cards.GroupBy(Text).Where(g => g.Count() > 1).Select(g => $"posted twice: {g.Key[..Math.Min(70, g.Key.Length)]}"));

        // Discord's limits: never a 429.
        var refused = requests.Where(r => r.Status == 429).ToList();
        failures.AddRange(refused.Select(r => $"429 at {r.ReceivedAt:HH:mm:ss.fff} on {r.Route} ({r.Header("X-RateLimit-Scope")})"));
        if (killTimes.Count < kills)
        {
            failures.Add($"only {killTimes.Count} kills");
        }

        output.WriteLine(
            $"{attempts.Count} interactions ({members * rounds * 4} planned) from {members} members on {Hosts} hosts; {killTimes.Count} SIGKILLs at " +
            $"{string.Join(", ", killTimes.Select(k => $"{k.After.TotalSeconds:0.0} s{(k.HeldGateway ? " (gateway holder)" : "")}"))}; " +
            $"gateway sessions {sessions.Count}, overlaps {_gateway.Overlaps.Count}, takeover {string.Join(", ", takeovers.Select(t => $"{t.TotalSeconds:0.0} s"))}; " +
            $"dispatched {attempts.Count}, acked {acked.Count}, lost by kill {lostByKill.Count}, slow then killed {slowThenKilled.Count}, answered after 3 s {late.Count}, none live {_arrivalsWithoutSession.Count}, answered twice {acceptedTwice.Count} (40060: {alreadyAcknowledged}); " +
            $"{needs} needs stored and posted once, {dms.Count} DMs ({sentAgain.Count} sent again, {returnedByNonce} answered by nonce with the first); " +
            $"{refused.Count} answered 429; set-up {setUp.TotalSeconds:0} s, typing {typed.TotalSeconds:0} s, settled {done.TotalSeconds:0} s after the first interaction.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(40)) + Environment.NewLine + Printed());
    }

    /// <summary>
    /// The fake Discord with Discord's limits, a server with its channel and <paramref name="members"/> members, and the
    /// hosts, returning once one of them holds the gateway.
    /// </summary>
    private async Task<List<FakeUser>> StartClusterAsync(int members)
    {
        _rest = await FakeDiscordRestServer.StartAsync(new FakeDiscordRestOptions
        {
            // Discord's own: 50 requests a second for the bot, 5 messages per 5 s in a channel.
            GlobalLimitPerSecond = 50,
            Buckets = [new FakeBucketRule("channel-messages", 5, TimeSpan.FromSeconds(5), MessagesRoute)],
        });
        var owner = _rest.CreateUser("olive");
        _guild = _rest.CreateGuild("Riverside Mutual Aid", owner);
        _channel = _rest.CreateTextChannel(_guild, "mutual-aid");
        _gateway = await ClusterDiscordGateway.StartAsync(_rest, _guild, _channel);
        var people = Enumerable.Range(1, members).Select(i =>
        {
            var user = _rest.CreateUser($"person{i:00}");
            _rest.AddMember(_guild, user);
            return user;
        }).ToList();

        _arguments.AddRange(Enumerable.Range(1, Hosts).Select(Arguments));
        _children.AddRange(_arguments.Select(Start));
        await WaitAsync(() => _gateway.LiveSessions.Count > 0, TimeSpan.FromSeconds(120), "a host to identify on the gateway");
        return people;
    }

    /// <summary>
    /// One member's rounds: an offer, a need, "I can help" on an ask in their DMs (or /mine when none came), /me; each
    /// interaction given again until answered, but a need or offer only after /mine or /offers shows it was not taken.
    /// </summary>
    private async Task MemberAsync(FakeUser person, int index, TimeSpan offset, int rounds, TimeSpan between, CancellationToken cancellationToken)
    {
        await Task.Delay(offset, cancellationToken);
        var m = index + 1;
        for (var r = 0; r < rounds; r++)
        {
            var tag = Tag(m, r);
            var kind = (index + r) % Offers.Length;
            await GiveAsync(person, "offer", new JsonObject { ["text"] = $"{Offers[kind]} {OfferTag(m, r)}" }, ("offers", OfferTag(m, r)), cancellationToken);
            await Task.Delay(between, cancellationToken);
            await GiveAsync(person, "need", new JsonObject { ["text"] = $"{Needs[(kind + 1) % Needs.Length]} {tag}" }, ("mine", tag), cancellationToken);
            await Task.Delay(between, cancellationToken);
            if (Ask(person) is { } ask)
            {
                await PressAsync(person, ask, "I can help", cancellationToken);
            }
            else
            {
                await GiveAsync(person, "mine", null, null, cancellationToken);
            }

            await Task.Delay(between, cancellationToken);
            await GiveAsync(person, "me", null, null, cancellationToken);
            await Task.Delay(between, cancellationToken);
        }
    }

    private async Task<FakeInteraction> GiveAsync(FakeUser person, string command, JsonObject? options, (string Command, string Tag)? listed, CancellationToken cancellationToken)
    {
        var data = new JsonObject
        {
            ["id"] = "1",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray([.. (options ?? []).Select(pair => (JsonNode)new JsonObject { ["name"] = pair.Key, ["type"] = 3, ["value"] = pair.Value?.DeepClone() })]),
        };
        for (var tries = 1; ; tries++)
        {
            var (answered, reached) = await InteractAsync(person, command, 2, _channel!, null, i => InteractionPayloads.FromServer(_rest!, i, person, data, 0, _guild!, _channel!), cancellationToken);
            if (answered is not null)
            {
                return answered;
            }

            // Only what reached a host can have been taken; then the member looks before asking again.
            if (reached && listed is { } where)
            {
                var look = await GiveAsync(person, where.Command, null, null, cancellationToken);
                if (AnswerText(look).Contains(where.Tag, StringComparison.Ordinal))
                {
                    return look;
                }
            }

            Assert.True(tries < 10, $"{person.Username}'s /{command} went unanswered {tries} times.");
        }
    }

    private async Task PressAsync(FakeUser person, FakeMessage ask, string label, CancellationToken cancellationToken)
    {
        var customId = ask.Components.SelectMany(row => row?["components"]?.AsArray() ?? []).First(b => b?["label"]?.ToString() == label)!["custom_id"]!.ToString();
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        var channel = _rest!.DirectChannelOf(person)!;
        for (var tries = 1; ; tries++)
        {
            if ((await InteractAsync(person, "press", 3, channel, ask.Id, i => InteractionPayloads.FromDirectMessage(_rest!, i, person, channel, data), cancellationToken)).Answered is not null)
            {
                return;
            }

            Assert.True(tries < 10, $"{person.Username}'s press went unanswered {tries} times.");
        }
    }

    /// <summary>One interaction: the answer, or null when it failed; and whether it reached a host at all.</summary>
    private async Task<(FakeInteraction? Answered, bool Reached)> InteractAsync(
        FakeUser person, string command, int type, FakeChannel channel, ulong? messageId, Func<FakeInteraction, JsonObject> payload, CancellationToken cancellationToken)
    {
        var sent = await _gateway!.DispatchInteractionAsync(type, channel, messageId, payload);
        if (sent is not { } dispatched)
        {
            lock (_attempts)
            {
                _arrivalsWithoutSession.Add(person.Username);
            }

            // The member sees "This interaction failed" and tries again a little later.
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            return (null, false);
        }

        var attempt = new DiscordAttempt(person.Username, command, dispatched.Interaction, DateTimeOffset.UtcNow, dispatched.To);
        lock (_attempts)
        {
            _attempts.Add(attempt);
        }

        // A person gives up a little after Discord's 3 seconds; a deferred answer is filled in soon after, or never.
        var interaction = dispatched.Interaction;
        if (await UntilAsync(() => interaction.CallbackType is not null, TimeSpan.FromSeconds(6), cancellationToken)
            && await UntilAsync(() => Complete(interaction), TimeSpan.FromSeconds(30), cancellationToken))
        {
            return (interaction, true);
        }

        // Looking again only once whatever the host was doing is over.
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        return (null, true);
    }

    /// <summary>Kills a host every few seconds while the members carry on (the gateway's holder first), and starts it again a moment later.</summary>
    private async Task<List<(DateTimeOffset At, TimeSpan After, bool HeldGateway)>> KillAsync(List<List<string>> arguments, Random random, Task typing)
    {
        var times = new List<(DateTimeOffset At, TimeSpan After, bool HeldGateway)>();
        var clock = Stopwatch.StartNew();
        while (!typing.IsCompleted)
        {
            await Task.WhenAny(typing, Task.Delay(TimeSpan.FromMilliseconds(random.Next(4000, 8000))));
            if (typing.IsCompleted)
            {
                break;
            }

            var holder = GatewayHolder();
            var victim = times.Count == 0 && holder is not null
                ? int.Parse(holder.AsSpan("instance-".Length), CultureInfo.InvariantCulture) - 1
                : random.Next(_children.Count);
            times.Add((DateTimeOffset.UtcNow, clock.Elapsed, holder == $"instance-{victim + 1}" && _gateway!.LiveSessions.Count > 0));
            await _children[victim].KillAsync();
            _killed.Add(_children[victim]);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 1500)));
            _children[victim] = Start(arguments[victim]);
        }

        return times;
    }

    private ChildCareBot Start(List<string> arguments) => ChildCareBot.Start(arguments, new Dictionary<string, string>
    {
        ["Discord__Token"] = _rest!.Token,
        ["Discord__ApiBaseUrl"] = _rest.ApiBaseUrl.ToString(),
        ["Discord__GatewayUrl"] = _gateway!.GatewayUrl.ToString(),
    });

    private List<string> Arguments(int host)
    {
        var name = $"instance-{host}";
        Directory.CreateDirectory(Path.Combine(_folder, name));
        return
        [
            "--db", Path.Combine(_folder, name, "carebot.db"),
            "--Understanding:Model=None",
            "--Logging:LogLevel:Default=Warning",
            "--Storage:Provider=PostgreSql",
            $"--Storage:ConnectionString={_database.ConnectionString}",
            $"--Cluster:InstanceId={name}",
            $"--Cluster:LeaseSeconds={LeaseSeconds}",
            "--Delivery:ClaimSeconds=10",
        ];
    }

    /// <summary>Every ask the person was sent in their DMs.</summary>
    private List<FakeMessage> Asks(FakeUser person) =>
        _rest!.DirectChannelOf(person) is { } channel
            ? [.. _rest.MessagesIn(channel.Id).Where(m => m.WebhookId is null && Text(m).Contains("could use a hand", StringComparison.Ordinal))]
            : [];

    /// <summary>Each request that sent an ask, in order.</summary>
    private List<RecordedRequest> AskSends() =>
        [.. _rest!.RequestsTo(MessagesRoute).Where(r => Words(r.Json).Contains("could use a hand", StringComparison.Ordinal))];

    /// <summary>The first ask in the person's DMs ("could use a hand") that they have not pressed yet.</summary>
    private FakeMessage? Ask(FakeUser person)
    {
        if (_rest!.DirectChannelOf(person) is not { } channel)
        {
            return null;
        }

        List<DiscordAttempt> mine;
        lock (_attempts)
        {
            mine = [.. _attempts.Where(a => a.Member == person.Username && a.Command == "press")];
        }

        return _rest.MessagesIn(channel.Id).FirstOrDefault(m => m.WebhookId is null && Text(m).Contains("could use a hand", StringComparison.Ordinal)
            && m.Components.Count > 0 && mine.All(a => a.Interaction.MessageId != m.Id));
    }

    private List<FakeMessage> NeedCards() =>
        [.. _rest!.MessagesIn(_channel!.Id).Where(m => m.WebhookId is null && Text(m).Contains("Need #", StringComparison.Ordinal))];

    /// <summary>Whether the person has their whole answer: a deferral is only half of one until it is filled in.</summary>
    private bool Complete(FakeInteraction interaction) =>
        interaction.CallbackType is { } type && (type != 5 || _rest!.Requests.Any(r =>
            r.Status is >= 200 and < 300 && r.Path.Contains(interaction.Token, StringComparison.Ordinal) && r.Method is "PATCH" or "POST" && !r.Route.EndsWith("/callback", StringComparison.Ordinal)));

    /// <summary>Every word the bot answered the interaction with, as sent.</summary>
    private string AnswerText(FakeInteraction interaction) => string.Join(" ", _rest!.Requests
        .Where(r => r.Status is >= 200 and < 300 && r.Path.Contains(interaction.Token, StringComparison.Ordinal))
        .Select(r => Words(r.Json)));

    private List<DiscordAttempt> Attempts()
    {
        lock (_attempts)
        {
            return [.. _attempts];
        }
    }

    private static string Text(FakeMessage message) =>
        string.Join('\n', new[] { message.Content }.Concat(message.Embeds.Select(e => e?["description"]?.ToString() ?? "")).Where(t => t.Length > 0)).Replace("\\", "", StringComparison.Ordinal);

    /// <summary>Every string a request's JSON carries, but its nonce.</summary>
    private static string Words(JsonNode? node) => node switch
    {
        JsonObject json => string.Join(" ", json.Where(pair => pair.Key != "nonce").Select(pair => Words(pair.Value))),
        JsonArray array => string.Join(" ", array.Select(Words)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Replace("\\", "", StringComparison.Ordinal),
        _ => "",
    };

    /// <summary>The number after the first <paramref name="marker"/> in <paramref name="text"/>, or 0.</summary>
    private static int Number(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        at += marker.Length;
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > at ? int.Parse(text.AsSpan(at, end - at), CultureInfo.InvariantCulture) : 0;
    }

    private static int Code(RecordedRequest request) =>
        request.ResponseJson?["code"] is JsonValue code && code.GetValueKind() == JsonValueKind.Number ? code.GetValue<int>() : 0;

    private static string Tag(int member, int round) => $"ref{member:00}x{round}";

    private static string OfferTag(int member, int round) => $"off{member:00}x{round}";

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private string? GatewayHolder()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT holder FROM leases WHERE role = 'discord-gateway' AND expires_at > now()", connection);
        return command.ExecuteScalar() as string;
    }

    private long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    private static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan ceiling, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > ceiling)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(150), cancellationToken);
        }

        return true;
    }

    private async Task WaitAsync(Func<bool> condition, TimeSpan ceiling, string what)
    {
        if (!await UntilAsync(condition, ceiling, CancellationToken.None))
        {
            throw new TimeoutException($"Waited {ceiling} for {what}. {Situation()} The hosts printed:\n{Printed()}");
        }
    }

    /// <summary>Where things stand, for a run that got stuck: what was answered, posted, stored and refused.</summary>
    private string Situation()
    {
        var attempts = Attempts();
        var needAnswers = attempts.Where(a => a.Command == "need").Where(a => !AnswerText(a.Interaction).Contains("Posted", StringComparison.Ordinal)).Take(3)
            .Select(a => $"type {a.Interaction.CallbackType}: " + string.Join("; ", _rest!.Requests.Where(r => r.Path.Contains(a.Interaction.Token, StringComparison.Ordinal)).Select(r => $"{r.Route} {r.Status} {r.Json?.ToJsonString()}")));
        var refusals = _rest!.Requests.Where(r => r.Status >= 400).GroupBy(r => $"{r.Route} {r.Status} {Code(r)}").Select(g => $"{g.Key} x{g.Count()}");
        var commands = attempts.GroupBy(a => a.Command).Select(g => $"/{g.Key} x{g.Count()}");
        var posted = attempts.Where(a => a.Command == "need").Select(a => Number(AnswerText(a.Interaction), "#"));
        return $"{attempts.Count} interactions ({string.Join(", ", commands)}; /need answered with {string.Join(", ", posted)}), {attempts.Count(a => a.Interaction.CallbackType is not null)} acknowledged; {NeedCards().Count} need cards, " +
            $"{_rest.MessagesIn(_channel!.Id).Count} messages in the channel; {Scalar("SELECT count(*) FROM needs")} needs stored; " +
            $"outbox: {string.Join(", ", OutboxStates())}; refused: {string.Join(", ", refusals)}; /need answers without a post: {string.Join(" | ", needAnswers)}.";
    }

    private List<string> OutboxStates()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT status || ' ' || count(*) FROM outbox GROUP BY status", connection);
        using var reader = command.ExecuteReader();
        var states = new List<string>();
        while (reader.Read())
        {
            states.Add(reader.GetString(0));
        }

        return states;
    }

    private string Printed() =>
        string.Join("\n---\n", _children.Concat(_killed).Select(c => c.Output[Math.Max(0, c.Output.Length - 3000)..]));
}
