using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Storage.PostgreSql;

/// <summary>The outbox, one row per message, in the same transaction as the change that wrote it.</summary>
internal sealed class OutboxRepository(DocumentCommands documents) : IOutboxRepository
{
    public void Enqueue(OutboxMessage message) => documents.Insert(Tables.Outbox, message);

    public OutboxMessage? Get(int id) => documents.Get<OutboxMessage>(Tables.Outbox, id);

    public IReadOnlyList<OutboxMessage> Due(string platform, DateTimeOffset now, int take) =>
        documents.Find<OutboxMessage>(Lookups.DueMessages, [platform, Moments.Utc(now)], take);

    public DateTimeOffset? NextDue(string platform) =>
        documents.Find<OutboxMessage>(Lookups.PendingMessagesByDueTime, [platform], 1) is [var first, ..] ? first.DeliverAfter : null;

    public IReadOnlyList<OutboxMessage> DeferredDue(DateTimeOffset now, int take) =>
        documents.Find<OutboxMessage>(Lookups.DeferredDue, [Moments.Utc(now)], take);

    public IReadOnlyList<OutboxMessage> AsksFor(int needId) => documents.Find<OutboxMessage>(Lookups.AsksForNeed, [needId]);

    /// <summary>Held messages are few (people who have not opened a private chat); the status index finds them.</summary>
    public IReadOnlyList<OutboxMessage> HeldFor(UserRef user) =>
    [
        .. documents.Find<OutboxMessage>(Lookups.HeldMessages, [])
            .Where(m => m.Platform == user.Platform && m.Destination.IsDirect && m.Destination.ChatId == user.UserId),
    ];

    public void Update(OutboxMessage message) => documents.Update(Tables.Outbox, message);

    public void Delete(int id) => documents.Delete(Tables.Outbox, id);

    /// <summary>Only pending messages can still go anywhere; the status index finds them and the outbox holds few.</summary>
    public int Readdress(Destination from, Destination to)
    {
        var waiting = documents.Find<OutboxMessage>(Lookups.PendingMessages, []).Where(m => m.Destination == from).ToList();
        foreach (var message in waiting)
        {
            message.Readdress(to);
            documents.Update(Tables.Outbox, message);
        }

        return waiting.Count;
    }

    public int DeleteMentioning(int memberId) => documents.DeleteWhere(Lookups.MessagesMentioning, memberId);

    public IReadOnlyList<OutboxMessage> Mentioning(int memberId) => documents.Find<OutboxMessage>(Lookups.MessagesMentioning, [memberId]);

    public void RecordSend(SendRecord record) => documents.Insert(Tables.Sends, record);

    public IReadOnlyList<SendRecord> SentSince(string platform, DateTimeOffset since) =>
        documents.Find<SendRecord>(Lookups.SentSince, [platform, Moments.Utc(since)]);

    public int ForgetSendsBefore(DateTimeOffset before) => documents.DeleteWhere(Lookups.SentBefore, Moments.Utc(before));

    public int PurgeFailed(DateTimeOffset before) => documents.DeleteWhere(Lookups.FailedBefore, Moments.Utc(before));
}
