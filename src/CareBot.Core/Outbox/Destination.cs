using CareBot.Core.Platforms;

namespace CareBot.Core.Outbox;

/// <summary>Where an outbox message goes: a group chat, or a private chat with one person.</summary>
public sealed record Destination(string Platform, string ChatId, ConversationKind Kind)
{
    public static Destination Group(SpaceRef space) => new(space.Platform, space.ChatId, ConversationKind.Group);

    /// <summary>A private chat addressed by the person's account; the adapter finds or opens the chat.</summary>
    public static Destination Direct(UserRef user) => new(user.Platform, user.UserId, ConversationKind.Direct);

    public bool IsDirect => Kind == ConversationKind.Direct;
}
