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

    /// <summary>When the platform's answer came back; null while the request is under way (or its sender died before saying).</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The platform answered at <paramref name="at"/>.</summary>
    public void Answered(DateTimeOffset at) => AnsweredAt = at;

    /// <summary>
    /// The latest moment the platform may have counted this request, as far as is known at <paramref name="now"/>: the
    /// platform counts it when it arrives, somewhere between <see cref="At"/> and the answer. Counting it from when it was
    /// recorded let a request a busy instance made late land in a window the records kept apart (the fake answered 429).
    /// So once answered it counts from the answer; until then as made now, for at most <paramref name="inFlightCeiling"/>
    /// after it began: a sender killed mid-request never answers, and what it had written to the network arrives soon or never.
    /// </summary>
    public DateTimeOffset CountedAt(DateTimeOffset now, TimeSpan inFlightCeiling)
    {
        if (AnsweredAt is { } answered)
        {
            return answered > At ? answered : At;
        }

        var latest = At + inFlightCeiling;
        return now < latest ? (now > At ? now : At) : latest;
    }
}
