namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>Ceilings for waits: long enough for a busy 2-core machine, short enough that a hang fails the test.</summary>
public static class TestTimeout
{
    public static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    public static CancellationToken Token => new CancellationTokenSource(Ceiling).Token;

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Ceiling);
}
