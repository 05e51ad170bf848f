using CareBot.Storage.LiteDb;
using CareBot.Storage.PostgreSql;

namespace CareBot.Composition;

/// <summary>
/// <c>carebot migrate --from litedb:PATH --to postgresql:CONNECTION</c>: copies every record of a LiteDB file into an
/// empty PostgreSQL database and checks the copy (counts per collection, a sample compared field by field). CareBot
/// must not be running on the file: its lock says so. One line on standard output when it worked; one line on
/// standard error and exit code 1 when not. The connection string is never printed, only where it points.
/// </summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(StoreAddress from, StoreAddress to, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(from.Location);
        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"carebot: migrate: there is no database file at {path}.");
            return 1;
        }

        try
        {
            // Opening upgrades an older file to this build's layout, which is the layout PostgreSQL's documents follow.
            using var source = LiteDbCareStore.Open(path);
            using var target = PostgreSqlCareStore.Open(to.Location);
            var outcome = DocumentImport.Copy(source.Documents, target, cancellationToken);
            if (!outcome.Succeeded)
            {
                await errors.WriteLineAsync($"carebot: migrate: {outcome.Problem}");
                return 1;
            }

            var counts = string.Join(", ", outcome.Copied.Select(c => $"{c.Count} {c.Collection}"));
            await output.WriteLineAsync(
                $"Copied {path} to {target.Description}: {counts}. Checked: every count matches, {outcome.Compared} records compared field by field. " +
                "Set Storage:Provider=PostgreSql and Storage:ConnectionString to run on it.");
            return 0;
        }
        catch (Exception e) when (e is StorageUnavailableException or PostgreSqlUnavailableException)
        {
            await errors.WriteLineAsync($"carebot: migrate: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("carebot: migrate interrupted; nothing was written to PostgreSQL and the file was not changed.");
            return 1;
        }
    }
}
