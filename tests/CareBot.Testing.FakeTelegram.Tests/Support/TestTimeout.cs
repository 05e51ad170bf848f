namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>
/// A token that ends a test that hangs: nothing in this suite should take more than a few seconds, so a test stuck
/// on a request fails instead of freezing the run.
/// </summary>
public static class TestTimeout
{
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
