using System.Diagnostics;
using CareBot.Core.Communities;
using CareBot.Core.Needs;
using CareBot.Simulation.Behaviour;
using CareBot.Simulation.Community;
using CareBot.Simulation.Engine;
using CareBot.Simulation.Metrics;
using CareBot.Simulation.Model;
using CareBot.Simulation.Policies;

namespace CareBot.Simulation.Running;

/// <summary>
/// One policy lived through by one generated community on the real engine. Needs are posted with /need when planned;
/// the host's rhythms run every step; whatever the engine sends is delivered, and each private request for help reaches
/// the member it names, who reads it later, and claims, passes or lets it lie as the model says; helpers mark needs
/// done; requesters cancel needs whose day has passed; members take breaks and, when asked too often, drift away.
/// </summary>
internal sealed class CommunitySimulation
{
    private static readonly TimeSpan FullRhythmRun = TimeSpan.FromHours(6);

    private readonly SimCommunity _community;
    private readonly AskingPolicy _policy;
    private readonly AnswerModel _answers;
    private readonly Random _random;
    private readonly Agenda _agenda = new();
    private readonly RunCounters _counters = new();
    private readonly List<RunNeed> _needs = [];
    private readonly Dictionary<int, RunNeed> _needsById = [];
    private EngineDriver _driver = null!;
    private IReadOnlyList<MemberState> _members = [];
    private Dictionary<int, MemberState> _byEngineId = [];

    public CommunitySimulation(SimCommunity community, AskingPolicy policy, SimulationModel model, int seed)
    {
        _community = community;
        _policy = policy;
        _answers = new AnswerModel(model);

        // Behaviour draws its own numbers: the community itself (people, needs, breaks) is the same for every policy. Made
        // from the seed by plain arithmetic: HashCode.Combine would differ from one process to the next.
        _random = new Random(unchecked((seed * 7919) + 104729));
        Seed = seed;
    }

    public int Seed { get; }

    private SimulationModel Model => _answers.Model;

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var driver = await EngineDriver.StartAsync(_community.Start.AddHours(-1), cancellationToken);
        _driver = driver;
        _members = await CommunitySetup.RunAsync(driver, _community, _policy, cancellationToken);
        _byEngineId = _members.ToDictionary(m => m.EngineId);
        foreach (var need in _community.Needs)
        {
            _agenda.At(need.PostAt, ct => PostAsync(need, ct));
        }

        foreach (var rest in _community.Breaks)
        {
            _agenda.At(rest.At, ct => LifeBreakAsync(_members[rest.MemberIndex], rest.Days, ct));
        }

        var nextRhythm = _community.Start;
        var nextFullRun = _community.Start;
        while (true)
        {
            var next = _agenda.Next is { } due && due < nextRhythm ? due : nextRhythm;
            if (next >= _community.End)
            {
                break;
            }

            driver.AdvanceTo(next);
            if (_agenda.TryTakeDue(driver.Now, out var action))
            {
                await action(cancellationToken);
                continue;
            }

            // A host runs the rhythms on a timer; runs with nothing due change nothing, so only every few hours is one made
            // regardless (for the weekly digest and other reminders, which don't change what people do here).
            if (driver.AnythingDue() || driver.Now >= nextFullRun)
            {
                await driver.RunRhythmsAsync(cancellationToken);
                await HandleDeliveriesAsync(cancellationToken);
                nextFullRun = driver.Now + FullRhythmRun;
            }

            nextRhythm += Model.RhythmStep;
        }

        return RunResults.Of(_policy.Name, Seed, _community, _members, _needs, _counters, watch.Elapsed);
    }

    private async Task PostAsync(PlannedNeed plan, CancellationToken cancellationToken)
    {
        var requester = _members[plan.RequesterIndex];
        var result = await _driver.InGroupAsync(requester.Member.User, plan.Command, cancellationToken);
        var stored = _driver.Read(session => session.Needs.ByRequester(requester.EngineId).MaxBy(n => n.Id));
        if (!result.Succeeded || stored is null || stored.CreatedAt != _driver.Now || _needsById.ContainsKey(stored.Id))
        {
            _counters.NotPosted++;
            await HandleDeliveriesAsync(cancellationToken);
            return;
        }

        var need = new RunNeed(plan, stored.Number, _driver.Now);
        _needs.Add(need);
        _needsById[stored.Id] = need;
        var fitting = _members.Where(m => m != requester && !m.Drifted && m.EngineCategories.Overlaps(stored.Categories)).ToList();
        need.AskedTogether = _policy.PingEveryoneMatching ? Math.Max(1, fitting.Count) : _policy.WaveSize ?? new Agreements().FirstWaveSize;

        // The engine's first wave goes out with the post; a broadcast then pings everyone else whose offers fit.
        await HandleDeliveriesAsync(cancellationToken);
        if (_policy.PingEveryoneMatching)
        {
            fitting.ForEach(member => Receive(member, need, RequestChannel.Broadcast));
        }

        foreach (var member in fitting.Where(m => !need.Pinged.Contains(m.Member.Index)))
        {
            if (_random.NextDouble() < Model.GroupPostNoticeChance)
            {
                var arrived = _driver.Now;
                _agenda.At(_answers.ReadAt(member.Member, arrived, _random), ct => ConsiderAsync(member, need, RequestChannel.GroupPost, ct));
            }
        }

        if (plan.By is not null)
        {
            _agenda.At(plan.Deadline, ct => DeadlineAsync(need, ct));
        }
    }

    /// <summary>Delivers what the engine sent; each private request for help reaches the member it names.</summary>
    private async Task HandleDeliveriesAsync(CancellationToken cancellationToken)
    {
        foreach (var message in await _driver.DeliverAsync(cancellationToken))
        {
            if (message.Destination.IsDirect && message.AsksForNeedId is { } needId && message.AskedMemberId is { } memberId
                && _needsById.TryGetValue(needId, out var need) && _byEngineId.TryGetValue(memberId, out var member))
            {
                Receive(member, need, RequestChannel.EngineAsk);
            }
        }
    }

    /// <summary>A private ping arrives: counted once per member and need, weighed against their tolerance, and read later.</summary>
    private void Receive(MemberState member, RunNeed need, RequestChannel channel)
    {
        if (!need.Pinged.Add(member.Member.Index))
        {
            return;
        }

        var now = _driver.Now;
        member.Asked(now);
        Overload(member, now);
        _agenda.At(_answers.ReadAt(member.Member, now, _random), ct => ConsiderAsync(member, need, channel, ct));
    }

    /// <summary>Past their tolerance, each request risks their drifting away for good, or else a week off.</summary>
    private void Overload(MemberState member, DateTimeOffset now)
    {
        if (member.Drifted || Fatigue.Excess(Fatigue.AsksInWindow(member.AskedAt, now), member.Member.Tolerance) == 0)
        {
            return;
        }

        if (_random.NextDouble() < Model.DriftChancePerExcessAsk)
        {
            member.DriftAway();
            _agenda.At(now, ct => CommandAsync(member, "/pause", ct));
        }
        else if (!member.IsAway(now) && _random.NextDouble() < Model.OverloadBreakChance)
        {
            member.TakeBreak(now.AddDays(7));
            _counters.OverloadBreaks++;
            _agenda.At(now, ct => CommandAsync(member, "/pause 7", ct));
        }
    }

    /// <summary>The member reads the request (or the group's post) and decides: "I can help", "Not this time", or nothing.</summary>
    private async Task ConsiderAsync(MemberState member, RunNeed need, RequestChannel channel, CancellationToken cancellationToken)
    {
        var now = _driver.Now;
        var stored = _driver.Read(session => session.Needs.FindByNumber(_driver.CommunityId, need.Number));
        if (member.IsAway(now) || stored is null || stored.IsHelper(member.EngineId))
        {
            return;
        }

        var chance = _answers.ClaimChance(
            member.Member,
            now,
            fits: member.Member.OfferedCategories.Contains(need.Plan.Category),
            askedTogether: channel == RequestChannel.GroupPost ? _members.Count : need.AskedTogether,
            recentAsks: Fatigue.AsksInWindow(member.AskedAt, now),
            sinceAskBefore: Fatigue.GapBeforeLatest(member.AskedAt, now),
            busy: member.Commitments > 0);
        if (_random.NextDouble() < chance)
        {
            await ClaimAsync(member, need, wasOpen: stored.State == NeedState.Open, cancellationToken);
        }
        else if (channel == RequestChannel.EngineAsk && stored.State == NeedState.Open && _random.NextDouble() < Model.PassShare)
        {
            await CommandAsync(member, $"/pass {need.Number}", cancellationToken);
        }
    }

    private async Task ClaimAsync(MemberState member, RunNeed need, bool wasOpen, CancellationToken cancellationToken)
    {
        var result = await CommandAsync(member, $"/claim {need.Number}", cancellationToken);
        if (!result.Succeeded)
        {
            _counters.LateAnswers += wasOpen ? 0 : 1;
            return;
        }

        var now = _driver.Now;
        member.Commitments++;
        need.FirstClaimAt ??= now;
        var helpAt = now.AddHours(Model.HelpAfterHoursMin + _random.NextDouble() * (Model.HelpAfterHoursMax - Model.HelpAfterHoursMin));
        var latest = need.Plan.Deadline.AddMinutes(-1);
        helpAt = helpAt < latest ? helpAt : latest > now ? latest : now;
        var fallsThrough = _random.NextDouble() < Model.FallThroughShare;
        _agenda.At(helpAt, ct => HelpAsync(member, need, fallsThrough, ct));
    }

    /// <summary>The help happens and the helper marks the need done, or they have to give it up and it opens again.</summary>
    private async Task HelpAsync(MemberState member, RunNeed need, bool fallsThrough, CancellationToken cancellationToken)
    {
        member.Commitments--;
        if (fallsThrough)
        {
            await CommandAsync(member, $"/pass {need.Number}", cancellationToken);
            return;
        }

        if ((await CommandAsync(member, $"/done {need.Number}", cancellationToken)).Succeeded)
        {
            member.Helps++;
            need.MetAt = _driver.Now;
        }
    }

    /// <summary>The day the need was for has passed without a helper: the requester withdraws it.</summary>
    private async Task DeadlineAsync(RunNeed need, CancellationToken cancellationToken)
    {
        var stored = _driver.Read(session => session.Needs.FindByNumber(_driver.CommunityId, need.Number));
        if (stored?.State == NeedState.Open)
        {
            await CommandAsync(_members[need.Plan.RequesterIndex], $"/cancel {need.Number}", cancellationToken);
        }
    }

    private async Task LifeBreakAsync(MemberState member, int days, CancellationToken cancellationToken)
    {
        if (member.IsAway(_driver.Now))
        {
            return;
        }

        member.TakeBreak(_driver.Now.AddDays(days));
        await CommandAsync(member, $"/pause {days}", cancellationToken);
    }

    /// <summary>A command the member gives in their private chat with the bot (a button pressed there), and what it sends.</summary>
    private async Task<Core.Engine.EngineResult> CommandAsync(MemberState member, string text, CancellationToken cancellationToken)
    {
        var result = await _driver.PrivatelyAsync(member.Member.User, text, cancellationToken);
        await HandleDeliveriesAsync(cancellationToken);
        return result;
    }
}
