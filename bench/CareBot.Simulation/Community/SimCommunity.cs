namespace CareBot.Simulation.Community;

/// <summary>
/// A generated community: its people, every need they will post and every break they will take for their own reasons,
/// in time order. The same for every policy compared on one seed.
/// </summary>
internal sealed record SimCommunity(
    IReadOnlyList<SimMember> Members, IReadOnlyList<PlannedNeed> Needs, IReadOnlyList<PlannedBreak> Breaks, DateTimeOffset Start, int Days)
{
    public DateTimeOffset End => Start.AddDays(Days);
}
