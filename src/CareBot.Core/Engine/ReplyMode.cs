namespace CareBot.Core.Engine;

/// <summary>How the answer to the person who typed a command reaches them.</summary>
public enum ReplyMode
{
    /// <summary>Written to the outbox with the change (Telegram, console): nothing is lost in a crash.</summary>
    Outbox,

    /// <summary>Returned to the adapter, which must answer at once (a Discord interaction response).</summary>
    Return,
}
