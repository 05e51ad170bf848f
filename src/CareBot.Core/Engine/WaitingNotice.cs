using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// <see cref="UnreachableNotice.TellAtNextCommand"/>: someone whose direct messages are closed (Discord's 50007) is the
/// only one who can open them, and naming them in the group would tie them to what waits. So whenever they use a
/// command, what waits for them is tried again, and the first such answer tells them privately why nothing came and
/// how to let it through. Told once: not again until a private message has reached them since.
/// </summary>
internal static class WaitingNotice
{
    private const string Owed = "owed";
    private const string Told = "told";

    /// <summary>A private message to the person was held: they are owed the notice, unless they were told already.</summary>
    public static void Owe(IStoreSession session, UserRef user)
    {
        var name = CursorNames.WaitingNotice(user);
        if (session.Cursors.Get(name) is null)
        {
            session.Cursors.Set(name, Owed);
        }
    }

    /// <summary>
    /// The person used a command: what was held for them goes out again (they may have opened their DMs since), and
    /// <paramref name="answer"/> carries the notice when it is owed and can reach them alone.
    /// </summary>
    public static EngineResult AtCommand(IStoreSession session, Inbound inbound, EngineResult answer, DateTimeOffset now)
    {
        var user = inbound.From.Ref;
        var name = CursorNames.WaitingNotice(user);
        if (session.Cursors.Get(name) is not { } state)
        {
            return answer;
        }

        OutboxQueue.ReleaseHeld(session, user, now);

        // Only an answer handed straight back (an ephemeral reply) reaches them without a direct message; through the
        // outbox the notice would wait where they can't read it, and they would count as told.
        if (state != Owed || inbound.ReplyMode != ReplyMode.Return)
        {
            return answer;
        }

        session.Cursors.Set(name, Told);
        return answer with { Replies = [.. answer.Replies, new Reply(UnreachableText.Waiting(), ReplyVisibility.Private)] };
    }

    /// <summary>A private message reached the person: whatever is still held for them can follow, and a later closure is told anew.</summary>
    /// <returns>True when messages held for them were released (new work for delivery).</returns>
    public static bool Reached(IStoreSession session, UserRef user, DateTimeOffset now)
    {
        var name = CursorNames.WaitingNotice(user);
        if (session.Cursors.Get(name) is null)
        {
            return false;
        }

        session.Cursors.Delete(name);
        OutboxQueue.ReleaseHeld(session, user, now);
        return true;
    }
}
