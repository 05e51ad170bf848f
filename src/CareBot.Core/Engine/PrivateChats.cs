using System.Globalization;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// Whether the bot knows it can write to a person privately: they wrote to it in a private chat, or a private message
/// reached them, and none has been refused since. Telegram lets a bot write only to people who started it, so a refusal
/// in a group goes privately only to them; to anyone else it is said in the group briefly and then removed.
/// </summary>
internal static class PrivateChats
{
    public static bool IsOpen(IStoreSession session, UserRef user) => session.Cursors.Get(CursorNames.PrivateChatOpen(user)) is not null;

    public static void Opened(IStoreSession session, UserRef user, DateTimeOffset at)
    {
        if (!IsOpen(session, user))
        {
            session.Cursors.Set(CursorNames.PrivateChatOpen(user), at.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A command typed in a private chat proves the chat is open.</summary>
    public static void Seen(IStoreSession session, Inbound inbound, DateTimeOffset at)
    {
        if (!inbound.Where.IsGroup)
        {
            Opened(session, inbound.From.Ref, at);
        }
    }

    public static void Closed(IStoreSession session, UserRef user) => session.Cursors.Delete(CursorNames.PrivateChatOpen(user));
}
