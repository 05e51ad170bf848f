namespace CareBot.Storage.PostgreSql;

/// <summary>
/// The write clock as this process last knew it (<paramref name="From"/>, -1 before its first write) and as a write
/// transaction found it (<paramref name="To"/>): rows stamped in between were changed by other processes.
/// </summary>
internal readonly record struct ClockSpan(long From, long To)
{
    public bool Moved => From != To;
}
