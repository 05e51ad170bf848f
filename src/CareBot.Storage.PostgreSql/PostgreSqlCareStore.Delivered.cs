using CareBot.Core.Outbox;
using CareBot.Storage.Documents;
using LiteDB;

namespace CareBot.Storage.PostgreSql;

public sealed partial class PostgreSqlCareStore
{
    /// <summary>
    /// One statement on a connection of its own, committed on its own, not behind the write clock: the mark goes on record
    /// a round trip after the platform's answer rather than after every instance's turns queued for the clock, which is
    /// the window in which a killed instance leaves a message to be sent twice. It changes one outbox document, which no
    /// instance caches, so no other instance needs to hear of it through the clock; its row lock orders it with any claim
    /// or mark written meanwhile.
    /// </summary>
    public async Task RecordDeliveredAsync(int outboxId, IReadOnlyList<string> platformIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var mark = new BsonDocument
        {
            [nameof(OutboxMessage.DeliveredAt)] = StoredDates.Of(at),
            ["DeliveredIdList"] = new BsonArray(platformIds.Select(id => new BsonValue(id))),
        };
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new DocumentCommands(connection, _mapper).Command(
            $"UPDATE {Tables.Outbox.Name} SET doc = doc || $2 WHERE id = $1 AND status = '{OutboxStatus.Pending}'",
            outboxId, new JsonbText(DocumentJson.Write(mark)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
