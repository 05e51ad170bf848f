namespace CareBot.Core.Cluster;

/// <summary>The roles of the engine's own that one instance at a time leads; adapters name theirs beside them.</summary>
public static class LeaderRoles
{
    /// <summary>Follow-ups, waves, check-ins and digests: run twice, they would ask and remind twice.</summary>
    public const string Rhythms = "rhythms";
}
