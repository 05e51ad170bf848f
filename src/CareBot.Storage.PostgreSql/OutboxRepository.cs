using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Storage.Documents;
using LiteDB;

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

    /// <summary>
    /// One claim pass at a time per platform, across instances (a transaction-level advisory lock), so two never split a
    /// destination between them. The claim is written into the documents alone, and only where no other instance took
    /// the message meanwhile (the condition is checked again on the locked row): what comes back is what was won.
    /// </summary>
    public IReadOnlyList<OutboxMessage> ClaimDue(string platform, string instance, DateTimeOffset now, DateTimeOffset until, int take, int newDestinations)
    {
        Hold(ClaimsLock, platform);
        var pending = documents.Query<OutboxMessage>(
            $"SELECT id, doc FROM {Tables.Outbox.Name} WHERE status = '{OutboxStatus.Pending}' AND platform = $1 AND (deliver_after <= $2 OR doc ? 'ClaimedBy') ORDER BY id",
            platform, Moments.Utc(now));
        var plan = ClaimPlan.For(pending, instance, now, until, take, newDestinations);
        if (plan.ToWrite.Count == 0)
        {
            return plan.Due;
        }

        var claim = new BsonDocument { ["ClaimedBy"] = instance, ["ClaimedUntil"] = StoredDates.Of(until) };
        using var command = documents.Command(
            $"UPDATE {Tables.Outbox.Name} SET doc = doc || $2 WHERE id = ANY($1) AND status = '{OutboxStatus.Pending}' " +
            "AND (NOT doc ? 'ClaimedBy' OR doc->>'ClaimedBy' = $3 OR doc->'ClaimedUntil'->>'$date' <= $4) RETURNING id",
            plan.ToWrite.Select(m => m.Id).ToArray(), new JsonbText(DocumentJson.Write(claim)), instance, StoredText(now));
        var won = new HashSet<int>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                won.Add(reader.GetInt32(0));
            }
        }

        // A message held already, whose claim was fresh enough not to be written, is still this instance's.
        var written = plan.ToWrite.Select(m => m.Id).ToHashSet();
        return [.. plan.Due.Where(m => won.Contains(m.Id) || !written.Contains(m.Id))];
    }

    public int ReleaseClaims(string platform, string instance, string? chatId)
    {
        Hold(ClaimsLock, platform);
        using var command = documents.Command(
            $"UPDATE {Tables.Outbox.Name} SET doc = doc - 'ClaimedBy' - 'ClaimedUntil' WHERE status = '{OutboxStatus.Pending}' AND platform = $1 " +
            "AND doc->>'ClaimedBy' = $2 AND ($3::text IS NULL OR doc->'Destination'->>'ChatId' = $3::text)",
            platform, instance, (object?)chatId ?? DBNull.Value);
        return command.ExecuteNonQuery();
    }

    public OutboxMessage? GetForChange(int id) =>
        documents.Query<OutboxMessage>($"SELECT id, doc FROM {Tables.Outbox.Name} WHERE id = $1 FOR UPDATE", id) is [var message, ..] ? message : null;

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

    /// <summary>One statement for all of them (a turn reports the few answered since its instance's last one).</summary>
    public void AnswerSends(IReadOnlyList<SendAnswer> answers)
    {
        if (answers.Count == 0)
        {
            return;
        }

        using var command = documents.Command(
            $"UPDATE {Tables.Sends.Name} SET doc = doc || jsonb_build_object('AnsweredAt', jsonb_build_object('$date', a.at)) " +
            $"FROM unnest($1::int[], $2::text[]) AS a(id, at) WHERE {Tables.Sends.Name}.id = a.id",
            answers.Select(a => a.SendId).ToArray(), answers.Select(a => StoredText(a.At)).ToArray());
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<SendRecord> SentSince(string platform, DateTimeOffset since) =>
        documents.Find<SendRecord>(Lookups.SentSince, [platform, Moments.Utc(since)]);

    /// <summary>Sends of one platform are counted and recorded one transaction at a time across instances (an advisory lock).</summary>
    public IReadOnlyList<SendRecord> SentSinceExclusive(string platform, DateTimeOffset since)
    {
        Hold(SendsLock, platform);
        return SentSince(platform, since);
    }

    public int ForgetSendsBefore(DateTimeOffset before) => documents.DeleteWhere(Lookups.SentBefore, Moments.Utc(before));

    public int PurgeFailed(DateTimeOffset before) => documents.DeleteWhere(Lookups.FailedBefore, Moments.Utc(before));

    // Advisory locks of two 32-bit keys, a class and the platform's hash: a space apart from the single 64-bit keys of
    // the store's writer lock and leadership, so they never meet.
    private const int ClaimsLock = 0x43426331; // "CBc1"
    private const int SendsLock = 0x43427331; // "CBs1"

    private void Hold(int kind, string platform)
    {
        using var command = documents.Command("SELECT pg_advisory_xact_lock($1, hashtext($2))", kind, platform);
        command.ExecuteNonQuery();
    }

    /// <summary>A moment as the documents store it (ISO 8601 in UTC, fixed width), so stored moments compare with it as text.</summary>
    private static string StoredText(DateTimeOffset moment) => moment.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
