using CareBot.Storage.LiteDb;

namespace CareBot.Composition;

/// <summary>
/// <c>carebot backup PATH</c>: copies the configured database (Storage:Path, or --db) to PATH, safely even while a
/// CareBot runs on it. One line on standard output when it worked; one line on standard error and exit code 1 when not.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(LaunchOptions launch, string target, TextWriter output, TextWriter errors)
    {
        if (CareBotConfiguration.UsesPostgreSql(CareBotConfiguration.CreateBuilder(launch).Configuration))
        {
            await errors.WriteLineAsync("carebot: backup copies a LiteDB file; with Storage:Provider=PostgreSql, back the database up with pg_dump.");
            return 1;
        }

        var source = launch.DatabasePath ?? ConfiguredPath(launch);
        using var interrupted = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            interrupted.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            var outcome = await DatabaseBackup.CopyAsync(source, target, interrupted.Token);
            if (!outcome.Succeeded)
            {
                await errors.WriteLineAsync($"carebot: backup failed: {outcome.Problem}");
                return 1;
            }

            await output.WriteLineAsync($"Backed up {Path.GetFullPath(source)} to {Path.GetFullPath(target)} ({outcome.Records} records, checked).");
            return 0;
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("carebot: backup interrupted; nothing was written and the database was not changed.");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    /// <summary>The same configuration the bot reads (appsettings.json, environment, command line), without starting it.</summary>
    private static string ConfiguredPath(LaunchOptions launch) =>
        CareBotConfiguration.DatabasePath(CareBotConfiguration.CreateBuilder(launch).Configuration);
}
