namespace CareBot.Core.Outbox;

/// <summary>Whether an attempt was recorded and the request may be made; if not, why, and when to ask again.</summary>
public readonly record struct AttemptStart(AttemptRefusal Refusal, TimeSpan RetryIn)
{
    public static AttemptStart Begun { get; } = new(AttemptRefusal.None, TimeSpan.Zero);

    public static AttemptStart ClaimLost { get; } = new(AttemptRefusal.ClaimLost, TimeSpan.Zero);

    public static AttemptStart AlreadyDelivered { get; } = new(AttemptRefusal.AlreadyDelivered, TimeSpan.Zero);

    public bool IsBegun => Refusal == AttemptRefusal.None;

    /// <summary>The send recorded for this attempt (0 when none was): its answer is reported back under this id.</summary>
    public int SendId { get; init; }

    public static AttemptStart OverBudget(TimeSpan retryIn) => new(AttemptRefusal.OverBudget, retryIn);
}
