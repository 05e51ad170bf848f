namespace CareBot.Core.Cluster;

/// <summary>The only instance there is (a LiteDB file belongs to one process): it leads every role at once, for good.</summary>
public sealed class SoleLeadership : ILeadership
{
    public Task LeadAsync(string role, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return work(cancellationToken);
    }
}
