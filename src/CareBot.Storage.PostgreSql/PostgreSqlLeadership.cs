using System.Globalization;
using CareBot.Core.Cluster;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// Leadership among the CareBot instances sharing one database, by leases in the <c>leases</c> table. A lease is taken
/// when it is free or expired, and renewed by its holder every third of its length; expiry is judged by the database's
/// clock, so the instances' clocks don't matter. A holder that cannot renew stops leading (its work's token is
/// cancelled) once two thirds of the lease have passed without a renewal, before anyone else can take it; a holder
/// that dies stops renewing, and another instance takes over within a lease and a third. A holder that stops cleanly
/// lets go, and another takes over at its next try.
/// </summary>
public sealed partial class PostgreSqlLeadership : ILeadership
{
    private const string Hold = """
        INSERT INTO leases (role, holder, expires_at) VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3))
        ON CONFLICT (role) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE leases.expires_at < clock_timestamp() OR leases.holder = excluded.holder
        RETURNING holder
        """;

    private readonly NpgsqlDataSource _source;
    private readonly TimeSpan _lease;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="source">Connections to the database; disposing it stops this instance renewing, as its death would.</param>
    /// <param name="holder">This instance's name in the table; unique among the instances.</param>
    internal PostgreSqlLeadership(NpgsqlDataSource source, string holder, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        _source = source;
        Holder = holder;
        _lease = lease;
        _time = time;
        _logger = logger;
    }

    /// <summary>This instance's name in the leases table.</summary>
    public string Holder { get; }

    private TimeSpan Renewal => _lease / 3;

    public async Task LeadAsync(string role, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await WaitForLeaseAsync(role, cancellationToken);
        LogLeading(role, Holder);
        using var term = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopRenewing = new CancellationTokenSource();
        var renewing = RenewAsync(role, term, stopRenewing.Token);
        try
        {
            await work(term.Token);
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewing;
            await ReleaseAsync(role);
        }
    }

    private async Task WaitForLeaseAsync(string role, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                if (await TryHoldAsync(role, cancellationToken))
                {
                    return;
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                LogTryFailed(e, role);
            }

            await Task.Delay(Renewal, _time, cancellationToken);
        }
    }

    /// <summary>Renews the lease until told to stop; cancels the term when another instance holds it or renewal has failed too long.</summary>
    private async Task RenewAsync(string role, CancellationTokenSource term, CancellationToken stop)
    {
        var renewed = _time.GetTimestamp();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Renewal, _time, stop);
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stop);
                attempt.CancelAfter(Renewal);
                if (!await TryHoldAsync(role, attempt.Token))
                {
                    LogTakenOver(role, Holder);
                    await term.CancelAsync();
                    return;
                }

                renewed = _time.GetTimestamp();
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                // The work is over; the lease is let go next.
                return;
            }
            catch (Exception e)
            {
                // Whatever kept the renewal from the database (it is down, the pool is spent, this attempt timed out):
                // stop leading while the lease surely still stands, so that no other instance leads alongside this one.
                if (_time.GetElapsedTime(renewed) >= _lease * 2 / 3)
                {
                    LogLost(e, role, Holder);
                    await term.CancelAsync();
                    return;
                }

                LogRenewFailed(e, role);
            }
        }
    }

    private async Task<bool> TryHoldAsync(string role, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(Hold);
        command.Parameters.Add(new NpgsqlParameter { Value = role });
        command.Parameters.Add(new NpgsqlParameter { Value = Holder });
        command.Parameters.Add(new NpgsqlParameter { Value = _lease.TotalSeconds });
        return await command.ExecuteScalarAsync(cancellationToken) is string holder && holder == Holder;
    }

    /// <summary>Lets go, so another instance need not wait for the lease to expire; best effort, as expiry comes anyway.</summary>
    private async Task ReleaseAsync(string role)
    {
        try
        {
            using var timeout = new CancellationTokenSource(Renewal);
            await using var command = _source.CreateCommand("DELETE FROM leases WHERE role = $1 AND holder = $2");
            command.Parameters.Add(new NpgsqlParameter { Value = role });
            command.Parameters.Add(new NpgsqlParameter { Value = Holder });
            await command.ExecuteNonQueryAsync(timeout.Token);
            LogReleased(role, Holder);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            LogReleaseFailed(e, role, _lease.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance ({Holder}) now leads {Role}")]
    private partial void LogLeading(string role, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another instance holds the {Role} lease; this one ({Holder}) stops leading it")]
    private partial void LogTakenOver(string role, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Role} lease could not be renewed in time; this instance ({Holder}) stops leading it")]
    private partial void LogLost(Exception exception, string role, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the {Role} lease failed; trying again")]
    private partial void LogRenewFailed(Exception exception, string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Asking for the {Role} lease failed; trying again")]
    private partial void LogTryFailed(Exception exception, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance ({Holder}) let go of {Role}")]
    private partial void LogReleased(string role, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Letting go of the {Role} lease failed; another instance takes it when it expires, within {Seconds} s")]
    private partial void LogReleaseFailed(Exception exception, string role, string seconds);
}
