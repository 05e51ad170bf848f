using CareBot.Core.Storage;
using CareBot.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace CareBot.Composition;

/// <summary>
/// Writes the heartbeat (see <see cref="Heartbeat"/>) while the bot runs, each time after reading from the database,
/// so a beat means both: the process is alive and its database answers. A read or a write that fails is logged and
/// skips the beat; enough skipped beats and <c>carebot health</c> says so.
/// </summary>
internal sealed partial class HeartbeatService(ICareStore store, IOptions<LiteDbOptions> storage, TimeProvider time, ILogger<HeartbeatService> logger)
    : IHostedService, IDisposable
{
    private const string ProbeName = "health:probe";

    private readonly string _path = Heartbeat.PathFor(storage.Value.Path);
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The first beat before the host counts as started, so a health check right after start-up finds it.
        Beat();
        _timer = time.CreateTimer(_ => Beat(), null, Heartbeat.Interval, Heartbeat.Interval);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogNotDeleted(e, _path);
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void Beat()
    {
        try
        {
            _ = store.Read(session => session.Cursors.Get(ProbeName));
            Heartbeat.Write(_path, time.GetUtcNow());
        }
        catch (Exception e)
        {
            LogMissed(e, _path);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat this time ({Path}): the database could not be read or the file written")]
    private partial void LogMissed(Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The heartbeat file {Path} could not be deleted; carebot health will find it stale")]
    private partial void LogNotDeleted(Exception exception, string path);
}
