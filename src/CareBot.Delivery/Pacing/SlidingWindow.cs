namespace CareBot.Delivery.Pacing;

/// <summary>At most <c>limit</c> messages in any rolling <c>window</c>. Not thread-safe: its owner serialises access.</summary>
internal sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly List<SendSlot> _slots = [];
    private DateTimeOffset _latestForgotten = DateTimeOffset.MinValue;

    /// <summary>How long until one more message fits; zero when it fits now.</summary>
    public TimeSpan WaitNeeded(DateTimeOffset now)
    {
        Forget(now);
        if (_slots.Count < limit)
        {
            return TimeSpan.Zero;
        }

        // The slot whose expiry frees enough room: with n counted and a limit of l, the (n - l + 1)-th oldest.
        var times = _slots.Select(slot => slot.CountedAt(now)).Order().ToList();
        return times[_slots.Count - limit] + window - now;
    }

    /// <summary>Counts a message the platform has answered (or a past run sent) at <paramref name="at"/>.</summary>
    public SendSlot Record(DateTimeOffset at) => Add(new SendSlot(at, answered: true));

    /// <summary>Counts a message about to be sent: it counts as sent now until <see cref="SendSlot.Complete"/> says when it was answered.</summary>
    public SendSlot Begin(DateTimeOffset at) => Add(new SendSlot(at, answered: false));

    /// <summary>True when nothing counted is recent or on its way, so the window can be forgotten.</summary>
    public bool IsIdle(DateTimeOffset now) => _slots.All(slot => slot.IsAnswered && slot.CountedAt(now) <= now - window);

    /// <summary>How many requests count against the window at <paramref name="now"/>.</summary>
    public int Counted(DateTimeOffset now)
    {
        Forget(now);
        return _slots.Count;
    }

    /// <summary>How long nothing has counted against the window; null while something does.</summary>
    public TimeSpan? IdleFor(DateTimeOffset now)
    {
        Forget(now);
        if (_slots.Count > 0)
        {
            return null;
        }

        return _latestForgotten == DateTimeOffset.MinValue ? TimeSpan.MaxValue : now - (_latestForgotten + window);
    }

    // A request still waiting for its answer stays: it may reach the platform, and be counted, any moment now.
    private void Forget(DateTimeOffset now)
    {
        foreach (var slot in _slots)
        {
            if (slot.IsAnswered && slot.CountedAt(now) <= now - window && slot.CountedAt(now) > _latestForgotten)
            {
                _latestForgotten = slot.CountedAt(now);
            }
        }

        _slots.RemoveAll(slot => slot.IsAnswered && slot.CountedAt(now) <= now - window);
    }

    private SendSlot Add(SendSlot slot)
    {
        _slots.Add(slot);
        return slot;
    }
}
