namespace CareBot.Core.Messages;

public enum ButtonKind
{
    /// <summary>Pressing it is the same as typing <see cref="Button.Command"/>.</summary>
    Command,

    /// <summary>Opens a private chat with the bot; the platform builds the link (a Telegram deep link, say).</summary>
    OpenPrivateChat,
}
