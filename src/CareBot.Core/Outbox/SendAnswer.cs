namespace CareBot.Core.Outbox;

/// <summary>The platform answered the request recorded as send <paramref name="SendId"/> at <paramref name="At"/>.</summary>
public readonly record struct SendAnswer(int SendId, DateTimeOffset At);
