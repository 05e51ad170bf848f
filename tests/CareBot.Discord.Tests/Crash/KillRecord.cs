namespace CareBot.Discord.Tests.Crash;

/// <summary>What a kill found and how long the host took to be back (a new process through IDENTIFY and READY).</summary>
internal sealed record KillRecord(PlannedKill Plan, DateTimeOffset At, TimeSpan IntoRun, TimeSpan AfterReady, int InteractionsSoFar, int MessagesSoFar, TimeSpan BackAfter);
