namespace CareBot.Telegram.Tests.Support;

/// <summary>Bounds every wait, so a bot that never answers fails its test instead of hanging the run.</summary>
internal static class TestTimeout
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token;
}
