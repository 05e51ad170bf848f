namespace CareBot.Testing.FakeTelegram;

/// <summary>A parameter the client sent that the method does not have (the real API silently ignores it).</summary>
public sealed record UnknownParameter(string Method, string Name);
