using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using Telegram.Bot.Types;

namespace CareBot.Telegram.Updates;

/// <summary>
/// Which chat an update belongs to, for pushed updates: they are handled one chat at a time, in order, and each is
/// marked handled among its chat's recent ids (so one delivered twice is handled once).
/// </summary>
internal static class UpdateChats
{
    /// <summary>How many of a chat's recent update ids are kept: more than Telegram would ever have in flight for one chat.</summary>
    public const int RecentKept = 16;

    /// <summary>The chat's id; a press on a message not in a chat, or an update of no chat, goes by its person's id.</summary>
    public static string KeyOf(Update update)
    {
        long? id = update switch
        {
            { Message: { } message } => message.Chat.Id,
            { CallbackQuery: { } press } => press.Message?.Chat.Id ?? press.From.Id,
            { MyChatMember: { } change } => change.Chat.Id,
            _ => null,
        };
        return id?.ToString(CultureInfo.InvariantCulture) ?? "other";
    }

    /// <summary>The mark stored with the update's change; in a private chat it is named by the person's id, so /forget erases it.</summary>
    public static Cursor CursorOf(Update update) => Cursor.Recent(
        CursorNames.RecentUpdates(KnownPlatforms.Telegram, KeyOf(update)),
        update.Id.ToString(CultureInfo.InvariantCulture),
        RecentKept);
}
