namespace CareBot.Testing.FakeTelegram;

/// <summary>A call the fake received: which method, and when it arrived (on the fake's clock).</summary>
public sealed record ReceivedCall(string Method, DateTimeOffset At);
