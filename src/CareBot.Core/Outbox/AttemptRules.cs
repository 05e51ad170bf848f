namespace CareBot.Core.Outbox;

/// <summary>
/// What an instance checks, in the transaction that records an attempt, when it shares the store with others: that it
/// still holds the message (<see cref="Claimant"/>, renewed for <see cref="ClaimFor"/>), and that the bot as a whole,
/// counted across instances, has room for one more request (<see cref="Bot"/>, and <see cref="Group"/> for a group).
/// </summary>
public sealed record AttemptRules(string? Claimant, TimeSpan ClaimFor, SendBudget? Bot, SendBudget? Group)
{
    public bool CountsShared => Bot is not null || Group is not null;

    /// <summary>One instance alone: no claim to check and nothing counted across instances, whatever the claim's length says.</summary>
    public bool IsAlone => Claimant is null && !CountsShared;
}
