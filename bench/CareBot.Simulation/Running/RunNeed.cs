using CareBot.Simulation.Community;

namespace CareBot.Simulation.Running;

/// <summary>A posted need in one run: its number in the engine, who was pinged about it, and what became of it.</summary>
internal sealed class RunNeed(PlannedNeed plan, int number, DateTimeOffset postedAt)
{
    public PlannedNeed Plan => plan;

    public int Number => number;

    public DateTimeOffset PostedAt => postedAt;

    /// <summary>Members (by index) privately pinged about it so far: each is pinged, and counted, once.</summary>
    public HashSet<int> Pinged { get; } = [];

    /// <summary>How many people the policy asks about it at once, for the diffusion of responsibility.</summary>
    public int AskedTogether { get; set; } = 1;

    public DateTimeOffset? FirstClaimAt { get; set; }

    public DateTimeOffset? MetAt { get; set; }
}
