using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine.Limits;

/// <summary>
/// Holds each member to the community's agreed commands per minute and per hour. A command past the limit changes
/// nothing (no post, no stored change but the platform's cursor); the member is told once, privately, and the rest of
/// a flood is dropped without a word, so a flood can't turn into a flood of answers either.
/// </summary>
internal sealed class CommandThrottle(ICareStore store, TimeProvider time, EngineGate gate) : IDisposable
{
    public static readonly Problem TooMany = new(
        "You've sent a lot of commands in a short time. To keep things fair for everyone in the group, I'm setting the " +
        "next ones aside for now: please wait a minute and try again. Nothing from the extra ones was done.");

    private readonly MemberCommandLimiter _limiter = new(time);

    /// <summary>Null when the command may run; otherwise what the adapter is handed instead of running it.</summary>
    public async Task<EngineResult?> RefuseAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        var (member, limits) = store.Read(session => Find(session, inbound));
        var verdict = _limiter.Attempt(inbound.From.Ref, limits);
        if (verdict == LimitVerdict.Allowed)
        {
            return null;
        }

        if (inbound.IsButtonPress || inbound.ReplyMode == ReplyMode.Return)
        {
            // The platform shows this on the press (or as an ephemeral reply) to the presser alone, so it may be said every time.
            IReadOnlyList<Reply> replies = inbound.ReplyMode == ReplyMode.Return && !inbound.IsButtonPress
                ? [new Reply(OutgoingMessage.Text(TooMany.Message), ReplyVisibility.Private)]
                : [];
            await RecordAsync(inbound, notice: null, cancellationToken);
            return new EngineResult(replies, TooMany);
        }

        OutboxMessage? notice = null;
        if (verdict == LimitVerdict.FirstRefusal)
        {
            var now = time.GetUtcNow();
            notice = new OutboxMessage(Destination.Direct(inbound.From.Ref), OutgoingMessage.Text(TooMany.Message), null, member is { } id ? [id] : [], now, now);
            if (member is { } cause)
            {
                notice.AttributeTo(cause);
            }
        }

        await RecordAsync(inbound, notice, cancellationToken);
        return new EngineResult([], TooMany);
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>Whose command it is (if they are a member yet) and the limits of the community it was given in.</summary>
    private static (int? Member, CommandLimits Limits) Find(IStoreSession session, Inbound inbound)
    {
        var memberships = session.Members.FindByIdentity(inbound.From.Ref);
        if (inbound.Where.IsGroup)
        {
            // A group the bot has only just met keeps the default agreements, so even a first command counts.
            var space = session.Communities.FindSpace(inbound.Where.Space);
            var community = space is null ? null : session.Communities.Get(space.CommunityId);
            var member = memberships.FirstOrDefault(m => m.CommunityId == space?.CommunityId);
            return (member?.Id, Limits(community?.Agreements ?? new Communities.Agreements()));
        }

        // In a private chat a person counts once, against the most generous of their groups: no group's agreement
        // should hold them to a tighter limit than it chose.
        var limits = memberships
            .Select(m => session.Communities.Get(m.CommunityId))
            .OfType<Communities.Community>()
            .Select(c => Limits(c.Agreements))
            .DefaultIfEmpty(Limits(new Communities.Agreements()))
            .MaxBy(l => (l.PerMinute, l.PerHour));
        return (memberships.Count > 0 ? memberships[0].Id : null, limits);
    }

    private static CommandLimits Limits(Communities.Agreements agreements) => new(agreements.CommandsPerMinute, agreements.CommandsPerHour);

    /// <summary>The update is marked handled (it is not retried) and, the first time, the private notice is queued.</summary>
    private Task<bool> RecordAsync(Inbound inbound, OutboxMessage? notice, CancellationToken cancellationToken) =>
        gate.RunAsync(() =>
        {
            if (inbound.Cursor is null && notice is null)
            {
                return true;
            }

            store.WriteDeferringFlush(session =>
            {
                inbound.Cursor?.SaveTo(session.Cursors);

                if (notice is not null)
                {
                    session.Outbox.Enqueue(notice);
                }

                return true;
            });
            return true;
        }, cancellationToken);
}
