namespace CareBot.Simulation.Community;

/// <summary>A break a member takes for reasons of their own (a holiday, an illness): /pause for some days.</summary>
internal sealed record PlannedBreak(int MemberIndex, DateTimeOffset At, int Days);
