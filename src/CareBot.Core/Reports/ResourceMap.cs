namespace CareBot.Core.Reports;

/// <summary>
/// The group's collective skills, time and gaps at one moment: the data behind /map. <see cref="At"/> is that moment
/// in the community's time zone. Time is what the engine knows of it: who is free now (not paused, not at their cap)
/// and who is on a break; offers carry no hours.
/// </summary>
public sealed record ResourceMap(
    string CommunityName,
    int Members,
    int MembersOnBreak,
    int ActiveOffers,
    int OpenNeeds,
    IReadOnlyList<ResourceMapRow> Rows,
    DateTimeOffset At)
{
    public IEnumerable<ResourceMapRow> Gaps => Rows.Where(r => r.IsGap);
}
