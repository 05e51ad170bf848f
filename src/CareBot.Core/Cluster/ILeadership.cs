namespace CareBot.Core.Cluster;

/// <summary>
/// Work that one CareBot instance at a time must do (the rhythms, holding the Discord gateway) when several share a
/// database. Each kind of work is a role; an instance leads a role while it holds the role's lease.
/// </summary>
public interface ILeadership
{
    /// <summary>
    /// Waits until this instance holds <paramref name="role"/>, then runs <paramref name="work"/> with a token that is
    /// cancelled when the lease is lost (another instance took it, or it could not be renewed in time) or when
    /// <paramref name="cancellationToken"/> is. Returns once the work has ended, with the lease let go, so another
    /// instance can take over at once; a caller that wants to lead again calls it again.
    /// </summary>
    Task LeadAsync(string role, Func<CancellationToken, Task> work, CancellationToken cancellationToken);
}
