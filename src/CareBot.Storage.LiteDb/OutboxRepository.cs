using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>The outbox. Each lookup is a named query, so a test can check that LiteDB answers it from an index.</summary>
internal sealed class OutboxRepository(LiteDatabase db) : IOutboxRepository
{
    private static readonly BsonValue Pending = OutboxStatus.Pending.ToString();
    private static readonly BsonValue Held = OutboxStatus.Held.ToString();
    private static readonly BsonValue Failed = OutboxStatus.Failed.ToString();
    private static readonly BsonValue Deferred = OutboxStatus.Deferred.ToString();

    private readonly ILiteCollection<OutboxMessage> _outbox = db.GetCollection<OutboxMessage>(Collections.Outbox);
    private readonly ILiteCollection<SendRecord> _sends = db.GetCollection<SendRecord>(Collections.Sends);

    public void Enqueue(OutboxMessage message) => _outbox.Insert(message);

    public OutboxMessage? Get(int id) => _outbox.FindById(id);

    public IReadOnlyList<OutboxMessage> Due(string platform, DateTimeOffset now, int take) =>
        [.. PendingFor(platform).Where(Filters.AtMost("DeliverAfter", Dates.Of(now))).OrderBy("_id").Limit(take).ToEnumerable()];

    public DateTimeOffset? NextDue(string platform) =>
        PendingFor(platform).OrderBy("DeliverAfter").Limit(1).ToEnumerable().FirstOrDefault()?.DeliverAfter;

    public IReadOnlyList<OutboxMessage> DeferredDue(DateTimeOffset now, int take) =>
        [.. DeferredMessages().Where(Filters.AtMost("DeliverAfter", Dates.Of(now))).OrderBy("_id").Limit(take).ToEnumerable()];

    public IReadOnlyList<OutboxMessage> AsksFor(int needId) => [.. AsksAbout(needId).ToEnumerable()];

    public IReadOnlyList<OutboxMessage> HeldFor(UserRef user) =>
        [.. HeldMessages().ToEnumerable().Where(m => m.Platform == user.Platform && m.Destination.IsDirect && m.Destination.ChatId == user.UserId)];

    public void Update(OutboxMessage message) => _outbox.Update(message);

    /// <summary>
    /// A LiteDB file has one process at a time, so this is only the contract kept simply (claims are used with a shared
    /// store): the whole pass is one transaction, which is atomic enough.
    /// </summary>
    public IReadOnlyList<OutboxMessage> ClaimDue(string platform, string instance, DateTimeOffset now, DateTimeOffset until, int take, int newDestinations)
    {
        var plan = ClaimPlan.For(PendingFor(platform).OrderBy("_id").ToEnumerable(), instance, now, until, take, newDestinations);
        foreach (var message in plan.ToWrite)
        {
            _outbox.Update(message);
        }

        return plan.Due;
    }

    public int ReleaseClaims(string platform, string instance, string? chatId)
    {
        var held = PendingFor(platform).ToEnumerable().Where(m => m.ClaimedBy == instance && (chatId is null || m.Destination.ChatId == chatId)).ToList();
        foreach (var message in held)
        {
            message.ReleaseClaim();
            _outbox.Update(message);
        }

        return held.Count;
    }

    /// <summary>One writer at a time on a LiteDB file: nothing else can change the message meanwhile.</summary>
    public OutboxMessage? GetForChange(int id) => Get(id);

    public void Delete(int id) => _outbox.Delete(id);

    /// <summary>Only pending messages can still go anywhere; the status index finds them and the outbox holds few.</summary>
    public int Readdress(Destination from, Destination to)
    {
        var waiting = _outbox.Query().Where(Filters.Equal("Status", Pending)).ToEnumerable().Where(m => m.Destination == from).ToList();
        foreach (var message in waiting)
        {
            message.Readdress(to);
            _outbox.Update(message);
        }

        return waiting.Count;
    }

    public int DeleteMentioning(int memberId) => _outbox.DeleteWhere(MentionsOf(memberId));

    public IReadOnlyList<OutboxMessage> Mentioning(int memberId) => [.. Matching(MentionsOf(memberId)).OrderBy("_id").ToEnumerable()];

    public void RecordSend(SendRecord record) => _sends.Insert(record);

    public void AnswerSends(IReadOnlyList<SendAnswer> answers)
    {
        foreach (var answer in answers)
        {
            if (_sends.FindById(answer.SendId) is { } record)
            {
                record.Answered(answer.At);
                _sends.Update(record);
            }
        }
    }

    /// <summary>A minute of sends is at most a few thousand records, found by the date index.</summary>
    public IReadOnlyList<SendRecord> SentSince(string platform, DateTimeOffset since) =>
        [.. _sends.Query().Where(Filters.AtLeast("At", Dates.Of(since))).OrderBy("At").ToEnumerable().Where(r => r.Platform == platform)];

    /// <summary>One process writes a LiteDB file, so nobody else records sends meanwhile.</summary>
    public IReadOnlyList<SendRecord> SentSinceExclusive(string platform, DateTimeOffset since) => SentSince(platform, since);

    public int ForgetSendsBefore(DateTimeOffset before) => _sends.DeleteMany(Filters.AtMost("At", Dates.Of(before)));

    /// <summary>Failed messages are few (a chat that no longer exists); the status index finds them, the date is checked here.</summary>
    public int PurgeFailed(DateTimeOffset before)
    {
        var expired = FailedMessages().ToEnumerable().Where(m => m.FailedAt <= before).Select(m => m.Id).ToList();
        foreach (var id in expired)
        {
            _outbox.Delete(id);
        }

        return expired.Count;
    }

    internal ILiteQueryable<OutboxMessage> PendingFor(string platform) =>
        _outbox.Query().Where(Filters.Equal("Status", Pending)).Where(Filters.Equal("Platform", platform));

    internal ILiteQueryable<OutboxMessage> AsksAbout(int needId) => _outbox.Query().Where(Filters.Equal("AsksForNeedId", needId));

    internal ILiteQueryable<OutboxMessage> HeldMessages() => _outbox.Query().Where(Filters.Equal("Status", Held));

    internal ILiteQueryable<OutboxMessage> DeferredMessages() => _outbox.Query().Where(Filters.Equal("Status", Deferred));

    /// <summary>Every message a member received or is named in; matching one element of the multi-key index needs ANY.</summary>
    internal static BsonExpression MentionsOf(int memberId) => Filters.AnyEqual("MemberIds", memberId);

    internal ILiteQueryable<OutboxMessage> FailedMessages() => _outbox.Query().Where(Filters.Equal("Status", Failed));

    internal ILiteQueryable<OutboxMessage> Matching(BsonExpression predicate) => _outbox.Query().Where(predicate);
}
