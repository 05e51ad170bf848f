namespace CareBot.Testing.FakeTelegram;

/// <summary>A BotCommandScope as a value, so commands can be looked up per scope (and language).</summary>
public sealed record CommandScope(string Type, long? ChatId = null, long? UserId = null)
{
    public static CommandScope Default { get; } = new("default");

    public static CommandScope AllPrivateChats { get; } = new("all_private_chats");

    public static CommandScope AllGroupChats { get; } = new("all_group_chats");

    public static CommandScope AllChatAdministrators { get; } = new("all_chat_administrators");

    public static CommandScope Chat(long chatId) => new("chat", chatId);

    public static CommandScope ChatAdministrators(long chatId) => new("chat_administrators", chatId);

    public static CommandScope ChatMember(long chatId, long userId) => new("chat_member", chatId, userId);
}
