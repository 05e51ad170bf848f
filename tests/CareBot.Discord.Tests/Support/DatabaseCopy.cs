using System.Globalization;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Storage.LiteDb;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Support;

/// <summary>
/// Reads what a host running as its own process has stored, from a consistent copy of its database taken while it
/// runs, as <c>carebot backup</c> takes one: the test never opens the live file.
/// </summary>
internal static class DatabaseCopy
{
    public static async Task<T> ReadAsync<T>(string databasePath, Func<IStoreSession, T> read, CancellationToken cancellationToken)
    {
        var copy = $"{databasePath}.copy-{Guid.NewGuid():N}";
        try
        {
            var outcome = await DatabaseBackup.CopyAsync(databasePath, copy, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Could not copy the database: {outcome.Problem}");
            }

            using var store = LiteDbCareStore.Open(copy);
            return store.Read(read);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(copy)!, Path.GetFileName(copy) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Discord messages still to deliver: due now or later, and held for any of <paramref name="people"/>.</summary>
    public static Task<int> UndeliveredAsync(string databasePath, IEnumerable<FakeUser> people, CancellationToken cancellationToken) =>
        ReadAsync(databasePath, session =>
            session.Outbox.Due(KnownPlatforms.Discord, DateTimeOffset.UtcNow.AddYears(1), 10_000).Count
            + people.Sum(person => session.Outbox.HeldFor(new UserRef(KnownPlatforms.Discord, person.Id.ToString(CultureInfo.InvariantCulture))).Count),
            cancellationToken);
}
