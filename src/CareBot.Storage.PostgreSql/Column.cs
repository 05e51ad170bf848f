using CareBot.Storage.Documents;
using LiteDB;

namespace CareBot.Storage.PostgreSql;

/// <summary>How each kind of looked-up column is read out of a document.</summary>
internal static class Column
{
    public static IndexedColumn Integer(string name, string field) =>
        new(name, doc => doc.TryGetValue(field, out var value) && value.IsNumber ? value.AsInt32 : DBNull.Value);

    public static IndexedColumn Text(string name, string field) =>
        new(name, doc => doc.TryGetValue(field, out var value) && value.IsString ? value.AsString : DBNull.Value);

    /// <summary>A moment in UTC (PostgreSQL takes no other offset), or null when the document has none.</summary>
    public static IndexedColumn Moment(string name, string field) =>
        new(name, doc => doc.TryGetValue(field, out var value) && value.IsDateTime ? StoredDates.Read(value).ToUniversalTime() : DBNull.Value);

    /// <summary>Every element of an array field, for a GIN index that finds a document by any one of them.</summary>
    public static IndexedColumn Integers(string name, string field) =>
        new(name, doc => doc.TryGetValue(field, out var value) && value.IsArray ? value.AsArray.Select(v => v.AsInt32).ToArray() : Array.Empty<int>());

    public static IndexedColumn Texts(string name, string field) =>
        new(name, doc => doc.TryGetValue(field, out var value) && value.IsArray ? value.AsArray.Select(v => v.AsString).ToArray() : Array.Empty<string>());
}
