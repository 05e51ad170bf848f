namespace CareBot.Core.Platforms;

public enum ConversationKind
{
    /// <summary>A group chat where the community talks.</summary>
    Group,

    /// <summary>A private chat between one person and the bot.</summary>
    Direct,
}
