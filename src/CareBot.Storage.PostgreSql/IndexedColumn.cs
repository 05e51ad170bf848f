using LiteDB;

namespace CareBot.Storage.PostgreSql;

/// <summary>A column copied out of each document so lookups can filter and sort on it with an index.</summary>
/// <param name="Name">The column's name in the table.</param>
/// <param name="Read">Its value in a document; <see cref="DBNull"/> when the document has none.</param>
internal sealed record IndexedColumn(string Name, Func<BsonDocument, object> Read);
