namespace CareBot.Core.Outbox;

/// <summary>At most <see cref="Permits"/> requests in any rolling <see cref="Window"/>, for the bot as a whole (or one group).</summary>
public readonly record struct SendBudget(int Permits, TimeSpan Window)
{
    // A request reaches the platform a little after its send is recorded (the commit, then the call): counting each
    // record this much later keeps two instances' requests from landing in one window the records kept apart.
    private static readonly TimeSpan LongestAllowance = TimeSpan.FromMilliseconds(100);

    /// <summary>How much later than recorded a send is counted: a tenth of the window, at most 100 ms.</summary>
    public TimeSpan Allowance => Window / 10 < LongestAllowance ? Window / 10 : LongestAllowance;

    /// <summary>How long until one more request fits among <paramref name="sent"/> (send moments, oldest first); zero when it fits now.</summary>
    public TimeSpan WaitAmong(IReadOnlyList<DateTimeOffset> sent, DateTimeOffset now)
    {
        var span = Window + Allowance;
        var counted = sent.Where(at => at > now - span).ToList();
        if (counted.Count < Permits)
        {
            return TimeSpan.Zero;
        }

        // The send whose leaving the window makes room: with n counted and a budget of p, the (n - p + 1)-th oldest.
        var wait = counted[counted.Count - Permits] + span - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
    }
}
