using Microsoft.Extensions.Time.Testing;

namespace CareBot.Storage.Contract.Tests.Support;

internal static class TestClock
{
    /// <summary>A Monday morning, in whole seconds: both stores keep moments to at least the millisecond.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
