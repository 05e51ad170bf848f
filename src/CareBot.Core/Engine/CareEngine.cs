using CareBot.Core.Categories;
using CareBot.Core.Engine.Limits;
using CareBot.Core.Matching;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Reports;
using CareBot.Core.Rhythms;
using CareBot.Core.Storage;
using CareBot.Core.Understanding;

namespace CareBot.Core.Engine;

/// <summary>
/// The platform-neutral mutual-aid engine. Adapters hand it commands (typed or pressed) with ids and text;
/// it applies the community's rules in one transaction per command and writes every message it decides to
/// send to the outbox in that same transaction.
/// </summary>
public sealed class CareEngine : IDisposable
{
    /// <summary>How long a refusal said in the group stays there: long enough to read, short enough not to linger.</summary>
    public static readonly TimeSpan RefusalShownFor = TimeSpan.FromMinutes(1);

    private readonly ICareStore _store;
    private readonly FreshWorkingSets _fresh;
    private readonly TimeProvider _time;
    private readonly AdminRights _admins;
    private readonly CommandRegistry _commands = CommandRegistry.Default;
    private readonly EngineServices _services;
    private readonly WorkingSetCache _sets = new();
    private readonly EngineGate _gate;
    private readonly ReadingThreads<string, TextProfile> _reading;
    private readonly OutboxSignal _signal = new();
    private readonly CommandThrottle _throttle;
    private readonly SenderOrder _senders = new();

    /// <param name="understanding">How needs and offers are read; words only (no sentence model) unless given.</param>
    /// <param name="mapPainter">Draws /map as a picture; without one, /map answers in text alone.</param>
    public CareEngine(
        ICareStore store, TimeProvider time, IEnumerable<IAdminDirectory> admins, TextUnderstanding? understanding = null, IMapPainter? mapPainter = null)
    {
        // Other instances on the same database may change what the working sets hold; each turn checks first.
        _store = store = _fresh = new FreshWorkingSets(store, _sets);
        _time = time;
        _gate = new EngineGate(time, CommitDurability.Of(store));
        _admins = new AdminRights(store, admins);
        _services = new EngineServices(understanding ?? TextUnderstanding.WordsOnly, new Matcher(), mapPainter);

        // Only texts in the model's language are sent to be read (ReadAheadAsync); a batch is read in milliseconds, so
        // once taken it is read to the end, and a caller who gave up meanwhile has already heard.
        var reader = _services.Understanding;
        _reading = new(Environment.ProcessorCount, texts => reader.ReadAll(texts, reader.ModelLanguage!, CancellationToken.None));
        _throttle = new CommandThrottle(store, time, _gate);
        Outbox = new OutboxQueue(store, time, _gate, _signal, _sets, mapPainter);
        Rhythms = new RhythmRunner(store, time, _gate, _signal, _sets, _services);
    }

    /// <summary>Where adapters pick up what to send, and report how delivery went.</summary>
    public OutboxQueue Outbox { get; }

    /// <summary>Follow-ups, waves and check-ins that happen with time.</summary>
    public RhythmRunner Rhythms { get; }

    /// <summary>
    /// How long a command given now would likely wait before the engine starts on it: the commands and deliveries
    /// queued ahead of it, times how long each has taken lately. Zero when the engine is idle. An adapter that must
    /// acknowledge quickly (Discord's 3 seconds) acknowledges at once when this says the answer will not be quick.
    /// </summary>
    public TimeSpan ExpectedWait => _gate.ExpectedWait(alsoComing: _reading.Waiting);

    /// <summary>Commands for platform menus (Telegram setMyCommands, Discord slash commands).</summary>
    public IReadOnlyList<CommandInfo> Commands =>
        [.. _commands.Listed.Select(c => new CommandInfo(c.Name, c.Summary, c.Usage) { AdminOnly = c.AdminOnly })];

    /// <summary>
    /// Values the person could pick next while typing a command (need numbers, their offers, categories, zones), from
    /// their own community only; reads, changes nothing. <paramref name="space"/> is the group they type in, or null in
    /// a private chat.
    /// </summary>
    public Task<IReadOnlyList<Suggestion>> SuggestAsync(UserRef user, SpaceRef? space, SuggestionKind kind, string typed, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Read(session => SuggestionQuery.Find(session, user, space, kind, typed, limit)));
    }

    public async Task<EngineResult> HandleAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        using var place = _senders.Join(inbound.From.Ref);
        return await HandleInOrderAsync(inbound, place, cancellationToken);
    }

    /// <summary>One command, queued for its turn only once the same person's command before it has queued (<see cref="SenderOrder"/>).</summary>
    private async Task<EngineResult> HandleInOrderAsync(Inbound inbound, SenderPlace place, CancellationToken cancellationToken)
    {
        inbound = inbound.WellFormed();
        // Only a cursor keeping recent ids can tell; a plain position costs no read transaction here.
        if (inbound.Cursor is { KeepsRecent: true } cursor && _store.Read(session => cursor.IsRecordedIn(session.Cursors)))
        {
            // Delivered again (a webhook retried after a crash, a balancer's retry): handled once already.
            return EngineResult.Ignored;
        }

        var parsed = CommandParser.Parse(inbound.Text);
        if (parsed is null)
        {
            return inbound.Where.IsGroup
                ? await SkipAsync(inbound.Cursor, cancellationToken)
                : await AnswerAsync(inbound, new Problem("I understand commands like /need, /offer and /needs. /help lists them all."), cancellationToken);
        }

        var prepared = await PrepareAsync(inbound, parsed, cancellationToken);
        if (prepared.Refused is { } refused)
        {
            return refused;
        }

        if (parsed.Name == CommunityChoice.Command)
        {
            return await ChooseCommunityAsync(inbound, parsed.Arguments, place, cancellationToken);
        }

        if (prepared.Handler is not { } handler)
        {
            return await AnswerAsync(inbound, new Problem($"I don't know /{parsed.Name}. /help lists what I can do."), cancellationToken);
        }

        // Before the turn, not in it: asking a platform who its admins are may wait on the network.
        var isAdmin = handler.ChecksAdminIn(inbound.Where) && await _admins.IsAdminAsync(inbound, cancellationToken);
        await place.WaitForEarlierAsync(cancellationToken);
        var turn = _gate.RunAsync(() => Execute(inbound, handler, parsed.Arguments, isAdmin, prepared.ReadAhead), cancellationToken);
        place.Leave();
        var outcome = await turn;
        if (outcome.Problem is not null)
        {
            return await AnswerAsync(inbound, outcome.Problem, cancellationToken);
        }

        _signal.Pulse();
        return PictureDrawing.Drawn(outcome, _services.MapPainter);
    }

    /// <summary>
    /// <c>/in &lt;community&gt; [command]</c>: runs the command that waited for a choice of community (or the one typed
    /// after it) in the chosen one, exactly as if it had been typed there.
    /// </summary>
    private async Task<EngineResult> ChooseCommunityAsync(Inbound inbound, string arguments, SenderPlace place, CancellationToken cancellationToken)
    {
        if (inbound.Where.IsGroup)
        {
            return await AnswerAsync(inbound, new Problem("Here in the group I already know which community you mean: type the command itself."), cancellationToken);
        }

        var choice = _store.Read(session => CommunityChoice.Resolve(session, inbound.From.Ref, arguments));
        if (!choice.IsSuccess)
        {
            return await AnswerAsync(inbound, choice.Problem!, cancellationToken);
        }

        var (communityId, command) = choice.Value;
        return await HandleInOrderAsync(inbound with { Text = command, CommunityHint = communityId }, place, cancellationToken);
    }

    /// <summary>
    /// What a command needs before its turn: the member's limits checked (before anything else, unknown commands
    /// included: each of those is answered too, so it could flood as well), its handler found (none for an unknown
    /// command), its text read.
    /// </summary>
    private async Task<PreparedCommand> PrepareAsync(Inbound inbound, ParsedCommand parsed, CancellationToken cancellationToken)
    {
        if (await _throttle.RefuseAsync(inbound, cancellationToken) is { } refused)
        {
            _signal.Pulse();
            return new PreparedCommand(null, null, refused);
        }

        var handler = _commands.Find(parsed.Name);
        return new PreparedCommand(handler, handler is null ? null : await ReadAheadAsync(handler, parsed.Arguments, cancellationToken), null);
    }

    /// <summary>The bot was added to a group (or is back): the space opens and the group is greeted, once per arrival.</summary>
    public async Task SpaceJoinedAsync(SpaceRef space, string title, Cursor? cursor, CancellationToken cancellationToken)
    {
        await _gate.RunAsync(() => Transact(session =>
        {
            var now = _time.GetUtcNow();
            if (Seen(session, cursor))
            {
                return;
            }

            var (community, change) = CommunityResolver.Join(session, space, Safety.TextRules.WellFormed(title), now);

            // Platforms may announce one arrival more than once; only a space that is new or back is greeted.
            if (change != SpaceChange.AlreadyOpen)
            {
                _sets.Evict(community.Id);
                var welcome = HelpText.Build(community.Name, community.Agreements, _commands.Listed);
                session.Outbox.Enqueue(new OutboxMessage(Destination.Group(space), welcome, community.Id, [], now, now));
            }

            SaveCursor(session, cursor);
        }), cancellationToken);
        _signal.Pulse();
    }

    /// <summary>The bot was removed from a group: nothing more is posted there. The community and its members stay.</summary>
    public Task SpaceLeftAsync(SpaceRef space, Cursor? cursor, CancellationToken cancellationToken) =>
        _gate.RunAsync(() => Transact(session =>
        {
            if (Seen(session, cursor))
            {
                return;
            }

            if (session.Communities.FindSpace(space) is { } known)
            {
                known.Close();
                session.Communities.Upsert(known);
                _sets.Evict(known.CommunityId);
            }

            SaveCursor(session, cursor);
        }), cancellationToken);

    /// <summary>
    /// A group chat got a new address (a Telegram group upgraded to a supergroup gets a new chat id): the space, and
    /// the messages waiting for it, move with it, so the community carries on where it was instead of starting again.
    /// </summary>
    public async Task<SpaceMove> SpaceMovedAsync(SpaceRef from, SpaceRef to, Cursor? cursor, CancellationToken cancellationToken)
    {
        var outcome = await _gate.RunAsync(() => Transact(session =>
        {
            if (Seen(session, cursor))
            {
                return SpaceMove.NothingToMove;
            }

            SaveCursor(session, cursor);
            if (session.Communities.FindSpace(from) is not { } known)
            {
                return SpaceMove.NothingToMove;
            }

            if (session.Communities.FindSpace(to) is not null)
            {
                return SpaceMove.AddressTaken;
            }

            session.Communities.DeleteSpace(from);
            session.Communities.Upsert(known.MovedTo(to));
            session.Outbox.Readdress(Destination.Group(from), Destination.Group(to));
            _sets.Evict(known.CommunityId);
            return SpaceMove.Moved;
        }), cancellationToken);
        _signal.Pulse();
        return outcome;
    }

    /// <summary>Records that an update was seen even though it asked for nothing, so it is not handled again.</summary>
    public Task IgnoreAsync(Cursor cursor, CancellationToken cancellationToken) =>
        _gate.RunAsync(() => Transact(session => SaveCursor(session, cursor)), cancellationToken);

    public string? ReadCursor(string name) => _store.Read(session => session.Cursors.Get(name));

    /// <summary>
    /// For tests: the first cached working set that differs from the same community loaded fresh from storage, described
    /// line by line, or null when the cache is true to the store. Call it between commands.
    /// </summary>
    internal Task<string?> CacheDriftAsync(CancellationToken cancellationToken) => _gate.RunAsync(() => _store.Read(session =>
    {
        foreach (var cached in _sets.Loaded)
        {
            var stored = session.Communities.Get(cached.Community.Id);
            var fresh = stored is null ? "" : CommunityWorkingSet.Load(session, stored).Fingerprint();
            var held = cached.Fingerprint();
            if (held != fresh)
            {
                var heldLines = held.Split('\n');
                var freshLines = fresh.Split('\n');
                var differing = heldLines.Except(freshLines).Select(l => "cached: " + l).Concat(freshLines.Except(heldLines).Select(l => "stored: " + l));
                return $"Community {cached.Community.Id}'s working set differs from storage:\n{string.Join('\n', differing)}";
            }
        }

        return (string?)null;
    }), cancellationToken);

    /// <summary>
    /// How often a write found another instance's changes and patched the loaded working sets, and how often it dropped
    /// them all instead: for tests and benchmarks of several instances.
    /// </summary>
    internal (long Patched, long Dropped) WorkingSetRefreshes => (_fresh.Patched, _fresh.Dropped);

    /// <summary>For tests, between commands: the communities whose working sets are loaded.</summary>
    internal Task<IReadOnlyList<int>> CachedCommunitiesAsync(CancellationToken cancellationToken) =>
        _gate.RunAsync(() => (IReadOnlyList<int>)[.. _sets.Loaded.Select(s => s.Community.Id)], cancellationToken);

    public void Dispose()
    {
        _throttle.Dispose();
    }

    /// <summary>
    /// Has the sentence model read the command's text now, outside the engine's turn so other commands don't wait on it,
    /// on the reading threads so a burst of it never holds up the network work beside it.
    /// </summary>
    private async Task<ReadAhead?> ReadAheadAsync(CommandHandler handler, string arguments, CancellationToken cancellationToken)
    {
        var language = _services.Understanding.ModelLanguage;
        if (language is null || handler.TextToRead(arguments, _time.GetUtcNow()) is not { Length: > 0 } text)
        {
            return null;
        }

        var profile = await _reading.ReadAsync(text, cancellationToken);
        return new ReadAhead(text, language, profile, handler.ReadsDanger ? _services.Understanding.Emergency(text, profile) : null);
    }

    private EngineResult Execute(Inbound inbound, CommandHandler handler, string arguments, bool isAdmin, ReadAhead? readAhead)
    {
        var now = _time.GetUtcNow();
        EngineResult result = EngineResult.Ignored;
        int? stale = null;
        IReadOnlyCollection<int> reshaped = [];
        try
        {
            _store.WriteDeferringFlush(session =>
            {
                // Checked again inside the transaction: another instance may have handled the same update meanwhile.
                if (Seen(session, inbound.Cursor))
                {
                    return false;
                }

                PrivateChats.Seen(session, inbound, now);
                if (CommunityChoice.Ask(session, inbound, handler) is { } question)
                {
                    SaveCursor(session, inbound.Cursor);
                    result = WaitingNotice.AtCommand(session, inbound, Deliver(session, inbound, question, now, communityId: null), now);
                    return true;
                }

                var (community, change) = CommunityResolver.Resolve(session, inbound, now);
                if (community is null)
                {
                    result = WaitingNotice.AtCommand(session, inbound, Stranger(session, inbound, handler, now), now);
                    return true;
                }

                var set = _sets.For(session, community, change);
                var actor = set.MemberFor(inbound.From.Ref);
                var joined = actor is null;
                actor ??= Join(session, set, inbound, now);
                var sighting = actor.Seen(inbound.From, now);
                session.Members.Update(actor);

                var memberships = handler.SpansCommunities ? _sets.MembershipsOf(session, inbound.From.Ref) : [set];
                var ctx = new CommandContext(session, set, now, _services, inbound, actor, arguments, isAdmin, memberships, readAhead);
                // Saved before the command runs, so a command that erases the person (/forget) erases this mark too.
                SaveCursor(session, inbound.Cursor);
                var problem = handler.Handle(ctx);
                reshaped = ctx.Reshaped;
                if (problem is not null)
                {
                    // Rolled back: the cached actor is put back as it was, and a working set that saw any other write of
                    // this transaction must be reloaded.
                    actor.Unsee(sighting);
                    stale = change != SpaceChange.AlreadyOpen || joined || ctx.Touched ? community.Id : null;
                    result = new EngineResult([], problem);
                    return false;
                }

                result = WaitingNotice.AtCommand(session, inbound, new EngineResult(ctx.ReturnedReplies, null), now);
                return true;
            });
        }
        catch
        {
            // The transaction rolled back: whatever the working sets saw of it must go too.
            _sets.Clear();
            throw;
        }

        if (stale is { } id)
        {
            _sets.Evict(id);
        }

        foreach (var communityId in reshaped)
        {
            _sets.Evict(communityId);
        }

        return result;
    }

    private void EnsureMember(IStoreSession session, Inbound inbound, DateTimeOffset now)
    {
        var (community, change) = CommunityResolver.Resolve(session, inbound, now);
        var set = _sets.For(session, community!, change);
        if (set.MemberFor(inbound.From.Ref) is null)
        {
            Join(session, set, inbound, now);
        }
    }

    /// <summary>
    /// A person speaks in a community for the first time: they join it, at home in the group they spoke in, with every
    /// account they joined to this one (<c>/link</c>), so they are one member here as everywhere else.
    /// </summary>
    private static Member Join(IStoreSession session, CommunityWorkingSet set, Inbound inbound, DateTimeOffset now)
    {
        var user = inbound.From;
        var member = new Member(set.Community.Id, user, now, inbound.Where.IsGroup ? inbound.Where.Space : null);
        foreach (var identity in session.Members.FindByIdentity(user.Ref).SelectMany(m => m.Identities))
        {
            member.AddIdentity(identity);
        }

        session.Members.Insert(member);
        set.AddMember(member);
        return member;
    }

    /// <summary>A private chat with someone in no community yet: each command says what it can (the introductions, mostly).</summary>
    private static EngineResult Stranger(IStoreSession session, Inbound inbound, CommandHandler handler, DateTimeOffset now)
    {
        var message = handler.ForStranger(session, inbound.From.Ref, now);
        SaveCursor(session, inbound.Cursor);
        return Deliver(session, inbound, message, now, communityId: null);
    }

    /// <summary>
    /// Answers a command that changed nothing, saving the cursor so it is not retried. Someone who typed it in
    /// a group is a member afterwards even so: the answer may send them to their private chat with the bot
    /// ("/need anon" belongs there), which only works for a member.
    /// </summary>
    private async Task<EngineResult> AnswerAsync(Inbound inbound, Problem problem, CancellationToken cancellationToken)
    {
        var result = await _gate.RunAsync(() =>
        {
            var answer = EngineResult.Ignored;
            var now = _time.GetUtcNow();
            try
            {
                _store.WriteDeferringFlush(session =>
                {
                    if (Seen(session, inbound.Cursor))
                    {
                        return false;
                    }

                    if (inbound.Where.IsGroup)
                    {
                        EnsureMember(session, inbound, now);
                    }

                    SaveCursor(session, inbound.Cursor);

                    // A refused button press is answered by the adapter on the press itself (an alert, an ephemeral
                    // reply); posting it in the group as well would only add noise.
                    answer = inbound.IsButtonPress
                        ? new EngineResult([], problem)
                        : Refuse(session, inbound, problem, now);
                    answer = WaitingNotice.AtCommand(session, inbound, answer, now);
                    return true;
                });
            }
            catch
            {
                _sets.Clear();
                throw;
            }

            return answer;
        }, cancellationToken);
        _signal.Pulse();
        return result;
    }

    /// <summary>
    /// A refusal is the person's own business: said privately wherever the bot can (an ephemeral answer, a private message
    /// to someone who has a private chat with the bot); otherwise in the group, briefly, and removed after a minute.
    /// </summary>
    private static EngineResult Refuse(IStoreSession session, Inbound inbound, Problem problem, DateTimeOffset now)
    {
        var privately = problem.OnlyToThePerson || (inbound.Where.IsGroup && PrivateChats.IsOpen(session, inbound.From.Ref));
        var shownFor = inbound.Where.IsGroup && !privately ? RefusalShownFor : (TimeSpan?)null;
        return Deliver(session, inbound, OutgoingMessage.Text(problem.Message), now, communityId: null, privately, shownFor) with { Problem = problem };
    }

    private static EngineResult Deliver(
        IStoreSession session, Inbound inbound, OutgoingMessage message, DateTimeOffset now, int? communityId, bool privately = false, TimeSpan? shownFor = null)
    {
        if (inbound.ReplyMode == ReplyMode.Return)
        {
            return new EngineResult([new Reply(message, ReplyVisibility.Private)], null);
        }

        var destination = inbound.Where.IsGroup && !privately ? Destination.Group(inbound.Where.Space) : Destination.Direct(inbound.From.Ref);

        // The answer goes to (or replies to) this person: tagged with their memberships so /forget erases it too.
        var about = session.Members.FindByIdentity(inbound.From.Ref).Select(m => m.Id).ToList();
        var answer = new OutboxMessage(destination, message, communityId, about, now, now);
        if (shownFor is { } span)
        {
            answer.ShowOnlyFor(span);
        }

        if (about.Count > 0)
        {
            answer.AttributeTo(about[0]);
        }

        session.Outbox.Enqueue(answer);
        return new EngineResult([], null);
    }

    private async Task<EngineResult> SkipAsync(Cursor? cursor, CancellationToken cancellationToken)
    {
        if (cursor is not null)
        {
            await IgnoreAsync(cursor, cancellationToken);
        }

        return EngineResult.Ignored;
    }

    private bool Transact(Action<IStoreSession> work)
    {
        _store.WriteDeferringFlush(session =>
        {
            work(session);
            return true;
        });
        return true;
    }

    private T Transact<T>(Func<IStoreSession, T> work)
    {
        var result = default(T)!;
        _store.WriteDeferringFlush(session =>
        {
            result = work(session);
            return true;
        });
        return result;
    }

    private static void SaveCursor(IStoreSession session, Cursor? cursor) => cursor?.SaveTo(session.Cursors);

    /// <summary>The update this cursor marks was handled already (only cursors keeping recent ids can tell).</summary>
    private static bool Seen(IStoreSession session, Cursor? cursor) => cursor is not null && cursor.IsRecordedIn(session.Cursors);
}
