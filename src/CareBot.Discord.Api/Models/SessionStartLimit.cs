namespace CareBot.Discord.Api.Models;

/// <summary>How many gateway sessions may still be started, and when the allowance refills.</summary>
public sealed record SessionStartLimit
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    /// <summary>Milliseconds until <see cref="Remaining"/> goes back to <see cref="Total"/>.</summary>
    public long ResetAfter { get; init; }

    /// <summary>How many shards may identify within each 5-second window.</summary>
    public int MaxConcurrency { get; init; }
}
