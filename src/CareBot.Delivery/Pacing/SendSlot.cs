namespace CareBot.Delivery.Pacing;

/// <summary>
/// One message counted against a window. The platform counts it somewhere between the request and the answer, and a
/// request may reach it late (a stalled connection, a busy machine), so until the answer comes the message counts as
/// sent now, and from then on as sent when answered: never earlier than the server counted it. Completed from a lane
/// while the pacer reads it, hence the atomics.
/// </summary>
internal sealed class SendSlot(DateTimeOffset at, bool answered)
{
    private long _utcTicks = at.UtcTicks;
    private int _answered = answered ? 1 : 0;

    public bool IsAnswered => Volatile.Read(ref _answered) == 1;

    /// <summary>The latest moment the platform may have counted it, as far as is known at <paramref name="now"/>.</summary>
    public DateTimeOffset CountedAt(DateTimeOffset now)
    {
        var answered = IsAnswered;
        var at = new DateTimeOffset(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);
        return answered || at > now ? at : now;
    }

    /// <summary>the platform answered at <paramref name="at"/>: the message counts from then (never from earlier than before).</summary>
    public void Complete(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        var seen = Interlocked.Read(ref _utcTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref _utcTicks, ticks, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }

        Volatile.Write(ref _answered, 1);
    }
}
