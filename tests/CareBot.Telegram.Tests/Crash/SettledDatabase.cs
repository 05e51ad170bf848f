using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Storage.LiteDb;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// Waits until the running bot has nothing left to send: a consistent copy of its database, taken while it runs as
/// <c>carebot backup</c> takes one, holds no undelivered message. Each time the copy still holds some, the next call
/// the bot makes (a send, or its next long poll) is the moment to look again.
/// </summary>
internal static class SettledDatabase
{
    public static async Task<LiteDbCareStore> WaitAsync(
        FakeTelegramServer fake, string databasePath, IReadOnlyList<CrashMember> members, TimeSpan ceiling, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + ceiling;
        var folder = Path.GetDirectoryName(databasePath)!;
        var last = "no copy taken yet";
        for (var attempt = 1; ; attempt++)
        {
            var seen = fake.Requests.TotalRequests;
            var copy = Path.Combine(folder, $"settled-{attempt}.db");
            var outcome = await DatabaseBackup.CopyAsync(databasePath, copy, cancellationToken);
            if (outcome.Succeeded)
            {
                var store = LiteDbCareStore.Open(copy);
                var waiting = Undelivered(store, members);
                if (waiting == 0)
                {
                    return store;
                }

                store.Dispose();
                last = $"{waiting} messages still to send";
            }
            else
            {
                last = outcome.Problem!;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The bot still had work after {ceiling}: {last}.");
            }

            await fake.WaitUntilAsync(() => fake.Requests.TotalRequests > seen, left, cancellationToken);
        }
    }

    /// <summary>Messages waiting to go, and messages held for someone who can't be written to.</summary>
    private static int Undelivered(ICareStore store, IReadOnlyList<CrashMember> members) => store.Read(session =>
        session.Outbox.Due(KnownPlatforms.Telegram, DateTimeOffset.UtcNow.AddYears(1), 10_000).Count
        + members.Sum(member => session.Outbox.HeldFor(new UserRef(KnownPlatforms.Telegram, member.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Count));
}
