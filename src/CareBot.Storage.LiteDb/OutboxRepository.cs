using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

internal sealed class OutboxRepository(LiteDatabase db) : IOutboxRepository
{
    private static readonly BsonValue Pending = OutboxStatus.Pending.ToString();
    private static readonly BsonValue Held = OutboxStatus.Held.ToString();

    private readonly ILiteCollection<OutboxMessage> _outbox = db.GetCollection<OutboxMessage>(Collections.Outbox);

    public void Enqueue(OutboxMessage message) => _outbox.Insert(message);

    public OutboxMessage? Get(int id) => _outbox.FindById(id);

    public IReadOnlyList<OutboxMessage> Due(string platform, DateTimeOffset now, int take) =>
        [.. _outbox.Query().Where(Query.EQ("Status", Pending)).Where(Query.EQ("Platform", platform))
            .Where(Query.LTE("DeliverAfter", Dates.Of(now))).OrderBy("_id").Limit(take).ToEnumerable()];

    public DateTimeOffset? NextDue(string platform)
    {
        var next = _outbox.Query().Where(Query.EQ("Status", Pending)).Where(Query.EQ("Platform", platform))
            .OrderBy("DeliverAfter").Limit(1).ToEnumerable().FirstOrDefault();
        return next?.DeliverAfter;
    }

    public IReadOnlyList<OutboxMessage> HeldFor(UserRef user) =>
        [.. _outbox.Find(Query.EQ("Status", Held)).Where(m => m.Platform == user.Platform && m.Destination.IsDirect && m.Destination.ChatId == user.UserId)];

    public void Update(OutboxMessage message) => _outbox.Update(message);

    public void Delete(int id) => _outbox.Delete(id);

    public int DeleteMentioning(int memberId) => _outbox.DeleteMany(Query.EQ("$.MemberIds[*]", memberId));

    public int PurgeSent(DateTimeOffset before) => _outbox.DeleteMany(Dates.UpTo("SentAt", before));
}
