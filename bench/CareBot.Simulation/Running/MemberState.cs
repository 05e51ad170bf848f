using CareBot.Simulation.Community;

namespace CareBot.Simulation.Running;

/// <summary>What has happened to one member in one run: the requests they got, their commitments, breaks and helps.</summary>
internal sealed class MemberState(SimMember member, int engineId, IReadOnlySet<string> engineCategories)
{
    private readonly List<DateTimeOffset> _askedAt = [];

    public SimMember Member => member;

    /// <summary>The member's id in the engine's store: requests for help name whom they ask by it.</summary>
    public int EngineId => engineId;

    /// <summary>The categories the engine read from their offers, which a broadcast pings on.</summary>
    public IReadOnlySet<string> EngineCategories => engineCategories;

    /// <summary>When each private request (from the engine or a broadcast) reached them, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> AskedAt => _askedAt;

    public bool Drifted { get; private set; }

    public DateTimeOffset? BreakUntil { get; private set; }

    public int Commitments { get; set; }

    public int Helps { get; set; }

    public bool IsAway(DateTimeOffset now) => Drifted || BreakUntil > now;

    public void Asked(DateTimeOffset at) => _askedAt.Add(at);

    public void TakeBreak(DateTimeOffset until) => BreakUntil = until;

    public void DriftAway() => Drifted = true;
}
