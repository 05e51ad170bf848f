using LiteDB;

namespace CareBot.Core.Tests.Support;

/// <summary>A copy of the database file opened with plain LiteDB: every collection as raw documents, mapper bypassed.</summary>
internal sealed class RawDatabase
{
    public RawDatabase(byte[] file)
    {
        using var stream = new MemoryStream(file);
        using var db = new LiteDatabase(stream);
        Collections = db.GetCollectionNames()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToDictionary(name => name, name => (IReadOnlyList<BsonDocument>)[.. db.GetCollection(name).FindAll()], StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, IReadOnlyList<BsonDocument>> Collections { get; }

    /// <summary>Every document, in any collection, whose JSON contains <paramref name="text"/>.</summary>
    public IReadOnlyList<string> DocumentsContaining(string text) =>
    [
        .. Collections.SelectMany(c => c.Value.Select(doc => (c.Key, Json: LiteDB.JsonSerializer.Serialize(doc))))
            .Where(d => d.Json.Contains(text, StringComparison.Ordinal))
            .Select(d => $"{d.Key}: {d.Json}"),
    ];

    public static string Dump(RawDatabase db, IReadOnlyCollection<string> except) =>
        string.Join("\n", db.Collections.Where(c => !except.Contains(c.Key))
            .SelectMany(c => c.Value.Select(doc => $"{c.Key}: {LiteDB.JsonSerializer.Serialize(doc)}")));
}
