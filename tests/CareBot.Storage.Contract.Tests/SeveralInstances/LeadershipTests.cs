using System.Diagnostics;
using CareBot.Storage.Contract.Tests.Support;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// One instance at a time leads a role (the rhythms, the Discord gateway); when it dies another takes over within a
/// lease and a third, never while it still leads; when it stops cleanly another takes over at its next try.
/// </summary>
public sealed class LeadershipTests : IDisposable
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(60);
    private readonly TestDatabase _database = TestPostgres.CreateDatabase();
    private readonly List<IDisposable> _opened = [];

    public LeadershipTests() => PostgreSqlCareStore.Open(_database.ConnectionString).Dispose();

    public void Dispose()
    {
        foreach (var opened in _opened)
        {
            opened.Dispose();
        }

        _database.Dispose();
    }

    [PostgreSqlFact]
    public async Task Of_two_instances_only_one_leads_a_role()
    {
        var lease = TimeSpan.FromSeconds(3);
        var first = Instance("first", lease);
        var second = Instance("second", lease);

        var leader = await Task.WhenAny(first.Leading, second.Leading).WaitAsync(Ceiling);
        var follower = leader == first.Leading ? second : first;

        // Two whole leases: time enough for the follower to take over, were the leader not renewing.
        await Task.Delay(lease * 2);
        Assert.False(follower.Leading.IsCompleted, "the follower leads alongside the leader");
        await first.StopAsync();
        await second.StopAsync();
    }

    [PostgreSqlFact]
    public async Task A_dead_leader_is_taken_over_within_a_lease_and_a_third_and_never_while_it_still_leads()
    {
        var lease = TimeSpan.FromSeconds(3);
        var first = Instance("first", lease);
        await first.Leading.WaitAsync(Ceiling);
        var second = Instance("second", lease);

        var died = Stopwatch.StartNew();
        first.Die();

        await second.Leading.WaitAsync(Ceiling);
        var takeover = died.Elapsed;
        Assert.True(first.Ended.IsCompleted, "the dead leader's work was still running when another took over");
        Assert.True(takeover <= lease * 4 / 3 + TimeSpan.FromSeconds(2), $"taken over after {takeover}");
        await second.StopAsync();
    }

    [PostgreSqlFact]
    public async Task A_leader_that_stops_cleanly_is_taken_over_before_its_lease_would_expire()
    {
        var lease = TimeSpan.FromSeconds(9);
        var first = Instance("first", lease);
        await first.Leading.WaitAsync(Ceiling);
        var second = Instance("second", lease);

        var stopped = Stopwatch.StartNew();
        await first.StopAsync();

        await second.Leading.WaitAsync(Ceiling);
        Assert.True(stopped.Elapsed < lease * 2 / 3, $"taken over after {stopped.Elapsed}, as if the lease had to expire");
        await second.StopAsync();
    }

    private Contender Instance(string name, TimeSpan lease)
    {
        var source = NpgsqlDataSource.Create(_database.ConnectionString);
        _opened.Add(source);
        var leadership = new PostgreSqlLeadership(source, name, lease, TimeProvider.System, NullLogger.Instance);
        var contender = new Contender(leadership, source);
        _opened.Add(contender);
        return contender;
    }

    /// <summary>An instance asking to lead "rhythms", whose work runs until its term ends.</summary>
    private sealed class Contender : IDisposable
    {
        private readonly TaskCompletionSource _leading = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenSource _stop = new();
        private readonly NpgsqlDataSource _source;
        private readonly Task _running;

        public Contender(PostgreSqlLeadership leadership, NpgsqlDataSource source)
        {
            _source = source;
            _running = leadership.LeadAsync("rhythms", async term =>
            {
                _leading.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, term);
                }
                catch (OperationCanceledException)
                {
                    _ended.TrySetResult();
                }
            }, _stop.Token);
        }

        public Task Leading => _leading.Task;

        public Task Ended => _ended.Task;

        /// <summary>Stops the host: its work ends, it lets go.</summary>
        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _running.WaitAsync(Ceiling);
            }
            catch (OperationCanceledException)
            {
            }
        }

        /// <summary>As if killed: it can no longer reach the database, to renew or to let go.</summary>
        public void Die() => _source.Dispose();

        public void Dispose() => _stop.Dispose();
    }
}
