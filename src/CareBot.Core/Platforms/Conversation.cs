namespace CareBot.Core.Platforms;

/// <summary>Where a command was typed: a group chat (with its title) or a private chat with the bot.</summary>
public sealed record Conversation(string Platform, string ChatId, ConversationKind Kind, string? Title = null)
{
    public bool IsGroup => Kind == ConversationKind.Group;

    public SpaceRef Space => IsGroup
        ? new SpaceRef(Platform, ChatId)
        : throw new InvalidOperationException("A private chat is not a group space.");

    public static Conversation Group(string platform, string chatId, string? title = null) =>
        new(platform, chatId, ConversationKind.Group, title);

    public static Conversation Direct(string platform, string chatId) =>
        new(platform, chatId, ConversationKind.Direct);
}
