namespace CareBot.Discord.Api.Gateway;

/// <summary>An identify ledger that lives as long as the process: enough for tests, or when one instance is shared by several clients.</summary>
public sealed class InMemoryIdentifyLedger : IIdentifyLedger
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(25);
    private readonly List<DateTimeOffset> identifies = [];
    private readonly Lock gate = new();

    public Task RecordAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            identifies.Add(at);
            identifies.RemoveAll(when => when < at - Kept);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DateTimeOffset>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<DateTimeOffset> found = [.. identifies.Where(when => when >= since).Order()];
            return Task.FromResult(found);
        }
    }
}
