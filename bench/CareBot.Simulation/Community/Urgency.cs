namespace CareBot.Simulation.Community;

/// <summary>How soon a need has to be met, which decides the "by" date its requester gives.</summary>
internal enum Urgency
{
    /// <summary>By tomorrow: a day or two.</summary>
    Urgent,

    /// <summary>By a day three to seven days ahead.</summary>
    Soon,

    /// <summary>No date: it stays open until the group's expiry.</summary>
    Flexible,
}
