namespace CareBot.Core.Reports;

/// <summary>The group's collective skills, time and gaps at one moment: the data behind /map.</summary>
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
