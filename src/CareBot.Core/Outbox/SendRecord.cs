namespace CareBot.Core.Outbox;

/// <summary>
/// That a message was handed to a platform at a moment, and to which group: no text, no person, only what the sender
/// needs after a restart to keep to the platform's limits (Telegram counts the last minute). Erased after a minute.
/// </summary>
public sealed class SendRecord
{
    private SendRecord()
    {
        Platform = "";
    }

    public SendRecord(Destination destination, DateTimeOffset at)
    {
        Platform = destination.Platform;
        // A private chat's id is who the person is, and /forget must leave none behind; its own limit (one a second) is
        // long past by the time a restarted bot sends again, so only the bot-wide count needs it, and that needs no id.
        ChatId = destination.IsDirect ? null : destination.ChatId;
        At = at;
    }

    public int Id { get; private set; }

    public string Platform { get; private set; }

    /// <summary>The group's chat; null for a private chat, whose id is kept nowhere.</summary>
    public string? ChatId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
