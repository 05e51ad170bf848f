using CareBot.Core.Platforms;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Telegram.Updates;

/// <summary>Telegram's users and chats as the engine's ids and names.</summary>
internal static class TelegramPeople
{
    public static PlatformUser User(User user) =>
        new(new UserRef(KnownPlatforms.Telegram, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), DisplayName(user));

    /// <summary>"First Last", as Telegram shows a person; @username only if the name is blank.</summary>
    public static string DisplayName(User user)
    {
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(part => !string.IsNullOrWhiteSpace(part))).Trim();
        return name.Length > 0 ? name : user.Username is { Length: > 0 } username ? "@" + username : "someone";
    }

    public static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;

    /// <summary>The conversation a message or press happened in; null for channels, which CareBot doesn't serve.</summary>
    public static Conversation? Conversation(Chat chat)
    {
        var id = chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return chat.Type switch
        {
            ChatType.Private => Core.Platforms.Conversation.Direct(KnownPlatforms.Telegram, id),
            ChatType.Group or ChatType.Supergroup => Core.Platforms.Conversation.Group(KnownPlatforms.Telegram, id, chat.Title),
            _ => null,
        };
    }

    public static SpaceRef Space(Chat chat) => Space(chat.Id);

    public static SpaceRef Space(long chatId) => new(KnownPlatforms.Telegram, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
