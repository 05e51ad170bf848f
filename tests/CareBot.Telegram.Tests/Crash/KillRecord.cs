namespace CareBot.Telegram.Tests.Crash;

/// <summary>What a kill found and how the host came back: the figures of one crash in the report.</summary>
internal sealed record KillRecord(
    PlannedKill Plan,
    TimeSpan IntoRun,
    TimeSpan AfterPolling,
    int CommandsTyped,
    int Unconfirmed,
    int MessagesSoFar,
    TimeSpan BackToPolling);
