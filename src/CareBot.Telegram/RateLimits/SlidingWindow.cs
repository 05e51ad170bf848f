namespace CareBot.Telegram.RateLimits;

/// <summary>At most <c>limit</c> messages in any rolling <c>window</c>. Not thread-safe: its owner serialises access.</summary>
internal sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly List<SendSlot> _slots = [];

    /// <summary>How long until one more message fits; zero when it fits now.</summary>
    public TimeSpan WaitNeeded(DateTimeOffset now)
    {
        _slots.RemoveAll(slot => slot.At <= now - window);
        if (_slots.Count < limit)
        {
            return TimeSpan.Zero;
        }

        // The slot whose expiry frees enough room: with n counted and a limit of l, the (n - l + 1)-th oldest.
        var times = _slots.Select(slot => slot.At).Order().ToList();
        return times[_slots.Count - limit] + window - now;
    }

    public SendSlot Record(DateTimeOffset at)
    {
        var slot = new SendSlot(at);
        _slots.Add(slot);
        return slot;
    }

    /// <summary>True when nothing counted is recent, so the window can be forgotten.</summary>
    public bool IsIdle(DateTimeOffset now) => _slots.All(slot => slot.At <= now - window);
}
