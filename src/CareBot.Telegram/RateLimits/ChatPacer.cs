namespace CareBot.Telegram.RateLimits;

/// <summary>
/// The limits of one chat: a least interval between its messages, and for a group a cap per minute. Only the chat's
/// delivery lane uses it, one message at a time.
/// </summary>
internal sealed class ChatPacer(TimeSpan interval, SlidingWindow? groupWindow)
{
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public TimeSpan WaitNeeded(DateTimeOffset now)
    {
        var sinceLast = _last == DateTimeOffset.MinValue ? interval : now - _last;
        var chatWait = sinceLast >= interval ? TimeSpan.Zero : interval - sinceLast;
        var groupWait = groupWindow?.WaitNeeded(now) ?? TimeSpan.Zero;
        return chatWait > groupWait ? chatWait : groupWait;
    }

    /// <summary>Counts a message Telegram answered at <paramref name="at"/> (accepted or not: a refused one may still have counted).</summary>
    public void Record(DateTimeOffset at)
    {
        _last = at;
        groupWindow?.Record(at);
    }

    /// <summary>
    /// Counts a message a previous run handed to Telegram at <paramref name="at"/> (oldest first), so a restart keeps to
    /// the limits Telegram is still counting instead of starting from nothing.
    /// </summary>
    public void Seed(DateTimeOffset at) => Record(at);

    public bool IsIdle(DateTimeOffset now) => now - _last >= interval && (groupWindow?.IsIdle(now) ?? true);
}
