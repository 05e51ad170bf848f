using LiteDB;
using Npgsql;
using NpgsqlTypes;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// Documents in and out of their tables, on one connection and transaction. Synchronous on purpose: the engine's
/// work runs inside <c>ICareStore.Write</c> as a synchronous delegate.
/// </summary>
internal sealed class DocumentCommands(NpgsqlConnection connection, BsonMapper mapper)
{
    /// <summary>The tables this transaction changed, so an erasure knows what to vacuum after it commits.</summary>
    public HashSet<string> Changed { get; } = [];

    public T? Get<T>(DocumentTable table, BsonValue id)
    {
        using var command = Command($"SELECT id, doc FROM {table.Name} WHERE id = $1", IdOf(id));
        return Read<T>(command).FirstOrDefault();
    }

    public IReadOnlyList<T> All<T>(DocumentTable table)
    {
        using var command = Command($"SELECT id, doc FROM {table.Name} ORDER BY id");
        return Read<T>(command);
    }

    public IReadOnlyList<T> Find<T>(Lookup lookup, object[] arguments, int? limit = null, int offset = 0)
    {
        using var command = Command(lookup.Select("id, doc", limit, offset), arguments);
        return Read<T>(command);
    }

    /// <summary>Entities read by a query of its own, which selects <c>id, doc</c>: for the rare statement no lookup expresses.</summary>
    public IReadOnlyList<T> Query<T>(string sql, params object[] arguments)
    {
        using var command = Command(sql, arguments);
        return Read<T>(command);
    }

    public int Count(Lookup lookup, params object[] arguments)
    {
        using var command = Command($"SELECT count(*) FROM {lookup.Table.Name} WHERE {lookup.Where}", arguments);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public int DeleteWhere(Lookup lookup, params object[] arguments)
    {
        Changed.Add(lookup.Table.Name);
        using var command = Command($"DELETE FROM {lookup.Table.Name} WHERE {lookup.Where}", arguments);
        return command.ExecuteNonQuery();
    }

    public void Delete(DocumentTable table, BsonValue id)
    {
        Changed.Add(table.Name);
        using var command = Command($"DELETE FROM {table.Name} WHERE id = $1", IdOf(id));
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts an entity; one without an id yet gets the table's next, written back into it as LiteDB does.</summary>
    public void Insert<T>(DocumentTable table, T entity)
    {
        var document = mapper.ToDocument(entity);
        var id = document["_id"];
        if (table.GeneratedIds && id.IsNumber && id.AsInt32 == 0)
        {
            Changed.Add(table.Name);
            using var command = Command(
                $"INSERT INTO {table.Name} ({table.WrittenColumns}) VALUES ({string.Join(", ", Enumerable.Range(1, table.Columns.Count + 1).Select(i => $"${i}"))}) RETURNING id",
                WrittenValues(table, document));
            var generated = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            EntityIds.Assign(entity!, generated);
            return;
        }

        InsertDocument(table, document);
        if (table.GeneratedIds)
        {
            // An entity that came with its own id: ids handed out later continue after it, as LiteDB's do.
            ContinueIdsAfterLargest(table);
        }
    }

    /// <summary>Sets the table's id sequence so the next generated id is one more than the largest stored.</summary>
    public void ContinueIdsAfterLargest(DocumentTable table)
    {
        using var command = Command($"SELECT setval(pg_get_serial_sequence('{table.Name}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table.Name}");
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts a document with its id as it is: what an import copies.</summary>
    public void InsertDocument(DocumentTable table, BsonDocument document)
    {
        Changed.Add(table.Name);
        using var command = Command(
            $"INSERT INTO {table.Name} (id, {table.WrittenColumns}) VALUES ($1, {table.WrittenParameters})",
            [IdOf(document["_id"]), .. WrittenValues(table, document)]);
        command.ExecuteNonQuery();
    }

    public void Update<T>(DocumentTable table, T entity)
    {
        var document = mapper.ToDocument(entity);
        Changed.Add(table.Name);
        var assignments = string.Join(", ", table.Columns.Select(c => c.Name).Append("doc").Select((name, i) => $"{name} = ${i + 2}"));
        using var command = Command($"UPDATE {table.Name} SET {assignments} WHERE id = $1", [IdOf(document["_id"]), .. WrittenValues(table, document)]);
        command.ExecuteNonQuery();
    }

    public void Upsert<T>(DocumentTable table, T entity) => Upsert(table, mapper.ToDocument(entity));

    public void Upsert(DocumentTable table, BsonDocument document)
    {
        Changed.Add(table.Name);
        var assignments = string.Join(", ", table.Columns.Select(c => c.Name).Append("doc").Select(name => $"{name} = excluded.{name}"));
        using var command = Command(
            $"INSERT INTO {table.Name} (id, {table.WrittenColumns}) VALUES ($1, {table.WrittenParameters}) ON CONFLICT (id) DO UPDATE SET {assignments}",
            [IdOf(document["_id"]), .. WrittenValues(table, document)]);
        command.ExecuteNonQuery();
    }

    /// <summary>A stored document as it is, its id put back under <c>_id</c>; null when there is none.</summary>
    public BsonDocument? GetDocument(DocumentTable table, BsonValue id)
    {
        using var command = Command($"SELECT id, doc FROM {table.Name} WHERE id = $1", IdOf(id));
        return ReadDocuments(command).FirstOrDefault();
    }

    public IReadOnlyList<BsonDocument> AllDocuments(DocumentTable table)
    {
        using var command = Command($"SELECT id, doc FROM {table.Name} ORDER BY id");
        return ReadDocuments(command);
    }

    public NpgsqlCommand Command(string sql, params object[] arguments)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var argument in arguments)
        {
            command.Parameters.Add(argument is JsonbText json
                ? new NpgsqlParameter { Value = json.Json, NpgsqlDbType = NpgsqlDbType.Jsonb }
                : new NpgsqlParameter { Value = argument });
        }

        return command;
    }

    /// <summary>A document read by a statement of its own as its entity, its id put back; null for none (a deleted row).</summary>
    public T? ToObject<T>(BsonDocument? document, BsonValue id)
        where T : class
    {
        if (document is null)
        {
            return null;
        }

        document["_id"] = id;
        return mapper.ToObject<T>(document);
    }

    private List<T> Read<T>(NpgsqlCommand command) => [.. ReadDocuments(command).Select(mapper.ToObject<T>)];

    private static List<BsonDocument> ReadDocuments(NpgsqlCommand command)
    {
        var documents = new List<BsonDocument>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var document = DocumentJson.Read(reader.GetString(1));
            document["_id"] = reader.GetFieldType(0) == typeof(string) ? new BsonValue(reader.GetString(0)) : new BsonValue(reader.GetInt32(0));
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>The looked-up columns' values, then the document without its id (the id column holds it).</summary>
    private static object[] WrittenValues(DocumentTable table, BsonDocument document)
    {
        var body = new BsonDocument();
        foreach (var (key, value) in document)
        {
            if (key != "_id")
            {
                body[key] = value;
            }
        }

        return [.. table.Columns.Select(column => column.Read(document)), new JsonbText(DocumentJson.Write(body))];
    }

    private static object IdOf(BsonValue id) => id.IsString ? id.AsString : id.AsInt32;
}
