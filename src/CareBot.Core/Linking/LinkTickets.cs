using CareBot.Core.Engine;
using CareBot.Core.Storage;

namespace CareBot.Core.Linking;

/// <summary>
/// The codes <c>/link</c> issued and not yet used, kept as markers by the hash of the code: each works once, for
/// <see cref="Lifetime"/>, and a new one replaces the one its group or person had.
/// </summary>
internal static class LinkTickets
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <returns>The new code, to be shown once and never stored.</returns>
    public static string Issue(IStoreSession session, LinkKind kind, string subject, DateTimeOffset now)
    {
        Cancel(session, subject);
        var code = LinkCode.New();
        var hash = LinkCode.Hash(code);
        session.Cursors.Set(CursorNames.LinkCode(hash), new LinkTicket(kind, subject, now + Lifetime).Format());
        session.Cursors.Set(CursorNames.LinkCodeOf(subject), hash);
        return code;
    }

    /// <summary>The ticket behind a code as typed, while it works; null for a code never issued, used or expired.</summary>
    public static LinkTicket? Find(IStoreSession session, string code, DateTimeOffset now) =>
        LinkTicket.Parse(session.Cursors.Get(CursorNames.LinkCode(LinkCode.Hash(code)))) is { } ticket && ticket.ExpiresAt > now ? ticket : null;

    /// <summary>The code did its work (or was seen by others): it never works again.</summary>
    public static void Use(IStoreSession session, LinkTicket ticket) => Cancel(session, ticket.Subject);

    /// <summary>Forgets the code a group or a person has waiting, if any.</summary>
    public static void Cancel(IStoreSession session, string subject)
    {
        if (session.Cursors.Get(CursorNames.LinkCodeOf(subject)) is { } hash)
        {
            session.Cursors.Delete(CursorNames.LinkCode(hash));
            session.Cursors.Delete(CursorNames.LinkCodeOf(subject));
        }
    }

    /// <summary>Until when the code a group or person has waiting works, if they have one: /export shows it.</summary>
    public static DateTimeOffset? WaitingUntil(IStoreSession session, string subject) =>
        session.Cursors.Get(CursorNames.LinkCodeOf(subject)) is { } hash
            ? LinkTicket.Parse(session.Cursors.Get(CursorNames.LinkCode(hash)))?.ExpiresAt
            : null;
}
