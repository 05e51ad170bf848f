namespace CareBot.Core.Outbox;

/// <summary>How a person whose private messages can't be delivered yet learns how to receive them; the platform knows which works there.</summary>
public enum UnreachableNotice
{
    /// <summary>Invited once in their group to open a private chat with the bot (Telegram: a bot can't write first).</summary>
    InviteInGroup,

    /// <summary>Told once, privately, the next time they use a command (Discord: their DMs are closed, and an ephemeral answer still reaches them).</summary>
    TellAtNextCommand,
}
