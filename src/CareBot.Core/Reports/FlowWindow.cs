namespace CareBot.Core.Reports;

/// <summary>
/// Giving and receiving over a window, for the whole group only: how many helped, how many were helped,
/// and how much the busiest few carried. Never an individual balance.
/// </summary>
public sealed record FlowWindow(int Days, int NeedsMet, int PeopleWhoHelped, int PeopleHelped, int BusiestFew, double BusiestShare);
