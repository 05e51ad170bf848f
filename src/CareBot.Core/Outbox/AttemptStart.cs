namespace CareBot.Core.Outbox;

/// <summary>Whether an attempt was recorded and the request may be made; if not, why, and when to ask again.</summary>
public readonly record struct AttemptStart(AttemptRefusal Refusal, TimeSpan RetryIn)
{
    public static AttemptStart Begun { get; } = new(AttemptRefusal.None, TimeSpan.Zero);

    public static AttemptStart ClaimLost { get; } = new(AttemptRefusal.ClaimLost, TimeSpan.Zero);

    public bool IsBegun => Refusal == AttemptRefusal.None;

    public static AttemptStart OverBudget(TimeSpan retryIn) => new(AttemptRefusal.OverBudget, retryIn);
}
