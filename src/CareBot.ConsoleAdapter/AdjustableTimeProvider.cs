namespace CareBot.ConsoleAdapter;

/// <summary>
/// The real clock plus however far <c>:advance</c> has moved it, so a session can try what happens in three days;
/// <paramref name="offset"/> is how far earlier runs on the same database had moved it.
/// </summary>
public sealed class AdjustableTimeProvider(TimeProvider inner, TimeSpan offset = default) : TimeProvider
{
    private long _offsetTicks = offset.Ticks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
