using System.Globalization;

namespace CareBot.Composition;

/// <summary>
/// <c>carebot health</c>, for Docker's HEALTHCHECK (the image has no curl, and CareBot no HTTP port): exit 0 when a
/// CareBot running on the configured database (Storage:Path, or --db) wrote its heartbeat within the last minute, so
/// it was alive and could read the database; exit 1, with one line saying why, when not.
/// </summary>
internal static class HealthCommand
{
    public static async Task<int> RunAsync(LaunchOptions launch, TimeProvider time, TextWriter output, TextWriter errors)
    {
        var database = CareBotConfiguration.DatabasePath(CareBotConfiguration.CreateBuilder(launch).Configuration);
        var path = Heartbeat.PathFor(database);
        if (Heartbeat.Read(path) is not { } beat)
        {
            await errors.WriteLineAsync($"carebot: unhealthy: no CareBot is running on {System.IO.Path.GetFullPath(database)} (no heartbeat in {path}).");
            return 1;
        }

        var age = time.GetUtcNow() - beat;
        var ago = Math.Max(0, age.TotalSeconds).ToString("0", CultureInfo.InvariantCulture);
        if (age > Heartbeat.MaxAge)
        {
            await errors.WriteLineAsync($"carebot: unhealthy: the last heartbeat in {path} is {ago} s old; CareBot has stopped, hangs, or can't read its database.");
            return 1;
        }

        await output.WriteLineAsync($"healthy: heartbeat {ago} s ago in {path}");
        return 0;
    }
}
