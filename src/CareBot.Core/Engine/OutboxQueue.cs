using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Reports;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// The adapters' side of the outbox: what is due for a platform, and how delivery went. A message is
/// marked sent only after the platform accepted it, so a crash can at worst repeat the one message in
/// flight, never lose one.
/// </summary>
public sealed partial class OutboxQueue
{
    private readonly ICareStore _store;
    private readonly TimeProvider _time;
    private readonly EngineGate _gate;
    private readonly OutboxSignal _signal;
    private readonly WorkingSetCache _sets;
    private readonly IMapPainter? _painter;
    private readonly AttemptBatches _attempts;

    internal OutboxQueue(ICareStore store, TimeProvider time, EngineGate gate, OutboxSignal signal, WorkingSetCache sets, IMapPainter? painter)
    {
        _attempts = new AttemptBatches(gate, RecordAttempts);
        _painter = painter;
        _store = store;
        _time = time;
        _gate = gate;
        _signal = signal;
        _sets = sets;
    }

    public IReadOnlyList<OutboxMessage> Due(string platform, int max) =>
        _store.Read(session => session.Outbox.Due(platform, _time.GetUtcNow(), max));

    /// <summary>
    /// The message as it is to be sent: a picture it carries (the /map answer's) drawn now, out of the engine's turn.
    /// Every adapter hands this, not the message as read from <see cref="Due"/>, to its platform.
    /// </summary>
    public OutboxMessage ReadyToSend(OutboxMessage message) =>
        message.Content.MapToDraw is null ? message : message.WithContent(PictureDrawing.Drawn(message.Content, _painter));

    /// <summary>
    /// Completes at the next change to the outbox that may bring work (a message written, released or rescheduled). The
    /// one wake-up signal for delivery: take it before reading what is due, and nothing committed after the read is missed.
    /// </summary>
    public Task NextChange => _signal.Next;

    /// <summary>How long until the next message for <paramref name="platform"/> is due: zero if one is due now, at most <paramref name="longest"/>.</summary>
    public TimeSpan UntilDue(string platform, TimeSpan longest)
    {
        var next = _store.Read(session => session.Outbox.NextDue(platform));
        var wait = next is { } at ? Clamp(at - _time.GetUtcNow(), longest) : longest;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>How far back the sender needs to know what it sent: Telegram's longest window is a minute.</summary>
    public static readonly TimeSpan SendMemory = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Records, durably and just before the call, that one call for the message (a message may take several) starts
    /// now: if the process dies during it, the restart knows this message may have arrived, and that the chat's limits
    /// already counted it. Delivery sends one message per chat at a time, so a crash can repeat at most one per chat.
    /// </summary>
    /// <remarks>Attempts that come while one waits for its turn are written with it (<see cref="AttemptBatches"/>).</remarks>
    public Task BeginAttemptAsync(int id, CancellationToken cancellationToken) => _attempts.RecordAsync(id, cancellationToken);

    private void RecordAttempts(IReadOnlyList<int> ids) => _store.WriteDeferringFlush(session =>
    {
        var now = _time.GetUtcNow();
        var any = false;
        foreach (var id in ids)
        {
            if (session.Outbox.GetForChange(id) is not { } message)
            {
                continue;
            }

            message.BeginAttempt(now);
            session.Outbox.Update(message);
            session.Outbox.RecordSend(new SendRecord(message.Destination, now));
            any = true;
        }

        if (any)
        {
            session.Outbox.ForgetSendsBefore(now - SendMemory);
        }

        return any;
    });

    /// <summary>What was handed to the platform in the last minute, so a sender that just started keeps to its limits.</summary>
    public IReadOnlyList<SendRecord> RecentSends(string platform) =>
        _store.Read(session => session.Outbox.SentSince(platform, _time.GetUtcNow() - SendMemory));

    /// <summary>The platform accepted it: the message is erased, so nothing of what people were told is kept.</summary>
    public Task MarkSentAsync(int id, CancellationToken cancellationToken) => MarkSentAsync(id, [], cancellationToken);

    /// <summary>
    /// As above, with the ids the platform gave what it became: a message shown only for a while
    /// (<see cref="OutboxMessage.ShownFor"/>) leaves its removal queued behind it, naming those ids and nothing else.
    /// </summary>
    public async Task MarkSentAsync(int id, IReadOnlyList<string> platformIds, CancellationToken cancellationToken) =>
        await MarkSentAsync(id, platformIds, claimant: null, cancellationToken);

    /// <summary>
    /// As above, by an instance that claimed the message (several share the store): only while the claim is still
    /// <paramref name="claimant"/>'s; a message another instance took over is left to it, unmarked.
    /// </summary>
    public async Task<ClaimedChange> MarkSentAsync(int id, IReadOnlyList<string> platformIds, string? claimant, CancellationToken cancellationToken)
    {
        var released = false;
        var lost = false;
        await Change(id, (session, message) =>
        {
            if (claimant is not null && message.ClaimedBy != claimant)
            {
                lost = true;
                return;
            }

            var now = _time.GetUtcNow();
            if (message.Destination.IsDirect && !message.IsLastTrace)
            {
                // A private message got through: if their direct messages had been closed, they are open again.
                var user = new UserRef(message.Platform, message.Destination.ChatId);
                released = WaitingNotice.Reached(session, user, now);
                PrivateChats.Opened(session, user, now);
            }

            if (message.ShownFor is not null && platformIds.Count > 0)
            {
                session.Outbox.Enqueue(OutboxMessage.RemovalOf(message, platformIds, now));
                released = true;
            }

            Erase(session, message);
        }, cancellationToken, pulse: false);

        // A sent message brings no new work, so delivery isn't woken for it; messages released or queued now are.
        if (released)
        {
            _signal.Pulse();
        }

        return lost ? ClaimedChange.ClaimLost : ClaimedChange.Done;
    }

    public Task RetryLaterAsync(int id, TimeSpan delay, string error, CancellationToken cancellationToken) => Change(id, (session, message) =>
    {
        message.RetryAt(_time.GetUtcNow() + delay, error);
        session.Outbox.Update(message);
    }, cancellationToken);

    /// <summary>The platform refused it for good (the chat is gone): it stays for inspection, never retried (a goodbye is dropped).</summary>
    public Task FailAsync(int id, string error, CancellationToken cancellationToken) => Change(id, (session, message) =>
    {
        if (message.IsLastTrace)
        {
            Erase(session, message);
            return;
        }

        message.Fail(error, _time.GetUtcNow());
        session.Outbox.Update(message);
    }, cancellationToken, pulse: false);

    /// <summary>
    /// A private message the person can't receive yet (they never opened a chat with the bot, or blocked it):
    /// it waits, and the first time this happens they are invited in the group to open a private chat.
    /// </summary>
    public Task HoldUntilReachableAsync(int id, string reason, CancellationToken cancellationToken) =>
        HoldUntilReachableAsync(id, reason, UnreachableNotice.InviteInGroup, cancellationToken);

    /// <summary>As above, with the way the person is told (<paramref name="notice"/>) chosen by the platform; the engine words it.</summary>
    public Task HoldUntilReachableAsync(int id, string reason, UnreachableNotice notice, CancellationToken cancellationToken) => Change(id, (session, message) =>
    {
        // A goodbye is not worth keeping someone's address for, or inviting them back into a chat for.
        if (message.IsLastTrace)
        {
            Erase(session, message);
            return;
        }

        message.Hold(reason);
        session.Outbox.Update(message);
        var user = new UserRef(message.Platform, message.Destination.ChatId);
        PrivateChats.Closed(session, user);
        if (notice == UnreachableNotice.TellAtNextCommand)
        {
            WaitingNotice.Owe(session, user);
            return;
        }

        GroupInvitation.Post(session, _sets, message, user, _time.GetUtcNow());
    }, cancellationToken);

    /// <summary>The person can now be reached (they pressed Start): what waited for them is delivered.</summary>
    public async Task ReleaseHeldAsync(UserRef user, CancellationToken cancellationToken)
    {
        await _gate.RunAsync(() =>
        {
            _store.WriteDeferringFlush(session =>
            {
                ReleaseHeld(session, user, _time.GetUtcNow());
                return true;
            });
            return true;
        }, cancellationToken);
        _signal.Pulse();
    }

    internal static void ReleaseHeld(IStoreSession session, UserRef user, DateTimeOffset now)
    {
        foreach (var message in session.Outbox.HeldFor(user))
        {
            // A request for help that waited for the chat to open is sent only if its need still wants this person.
            if (message.AsksForNeedId is { } needId && !StaleAsks.StillWanted(session.Needs.Get(needId), message.AskedMemberId ?? 0))
            {
                session.Outbox.Delete(message.Id);
                continue;
            }

            message.Release(now);
            session.Outbox.Update(message);
        }

        session.Cursors.Delete(CursorNames.Invited(user));
    }

    /// <summary>Deletes the message; the last trace of an erased person goes from the store's files as well.</summary>
    private static void Erase(IStoreSession session, OutboxMessage message)
    {
        session.Outbox.Delete(message.Id);
        if (message.IsLastTrace)
        {
            session.EraseTracesOnCommit();
        }
    }

    /// <summary>
    /// Changes one message; <paramref name="pulse"/> wakes delivery, needless when the change brings no work (sent,
    /// failed). Ahead of queued commands: delivery waits for each of these before its next call (see <see cref="EngineGate"/>).
    /// </summary>
    private async Task Change(int id, Action<IStoreSession, OutboxMessage> change, CancellationToken cancellationToken, bool pulse = true)
    {
        await _gate.RunAheadAsync(() =>
        {
            _store.WriteDeferringFlush(session =>
            {
                if (session.Outbox.GetForChange(id) is not { } message)
                {
                    return false;
                }

                change(session, message);
                return true;
            });
            return true;
        }, cancellationToken);
        if (pulse)
        {
            _signal.Pulse();
        }
    }

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan longest) => wait < longest ? wait : longest;
}
