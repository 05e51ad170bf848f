using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Discord.Delivery;
using CareBot.Storage.LiteDb;

namespace CareBot.Discord.Tests.Delivery;

/// <summary>
/// A message's nonce is what lets Discord drop the copy a crash sends again: it must come out the same from the
/// database after a restart, and within Discord's 25 characters for any message the outbox can hold.
/// </summary>
public sealed class MessageNonceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "carebot-discord-nonce", Guid.NewGuid().ToString("N"));

    public MessageNonceTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_nonce_is_the_same_when_the_message_is_read_again_after_a_restart()
    {
        var path = Path.Combine(_folder, "carebot.db");
        // Written at a moment finer than the database keeps (ticks), as the engine's clock gives it.
        var written = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
        string before;
        using (var store = LiteDbCareStore.Open(path))
        {
            store.Write(session =>
            {
                session.Outbox.Enqueue(new OutboxMessage(To("42"), OutgoingMessage.Text("could you help?"), null, [], written, written));
                return true;
            });
            before = DiscordMessageSender.Nonce(Due(store), 0);
        }

        using var reopened = LiteDbCareStore.Open(path);
        Assert.Equal(before, DiscordMessageSender.Nonce(Due(reopened), 0));
        Assert.NotEqual(before, DiscordMessageSender.Nonce(Due(reopened), 1));
    }

    [Fact]
    public void The_longest_nonce_fits_in_Discords_25_characters()
    {
        var message = new OutboxMessage(To("42"), OutgoingMessage.Text("could you help?"), null, [], DateTimeOffset.MaxValue, DateTimeOffset.MaxValue);
        // The largest id the outbox can give, set as the database sets it.
        typeof(OutboxMessage).GetProperty(nameof(OutboxMessage.Id))!.SetValue(message, int.MaxValue);

        Assert.InRange(DiscordMessageSender.Nonce(message, 99).Length, 1, 25);
    }

    private static Destination To(string user) => Destination.Direct(new UserRef(KnownPlatforms.Discord, user));

    private static OutboxMessage Due(LiteDbCareStore store) =>
        Assert.Single(store.Read(session => session.Outbox.Due(KnownPlatforms.Discord, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), 10)));
}
