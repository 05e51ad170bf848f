using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.PostgreSql;

/// <summary>Cursors as LiteDB keeps them: a document with the name as its id and the value under "Value".</summary>
internal sealed class CursorRepository(DocumentCommands documents) : ICursorRepository
{
    public string? Get(string name) => documents.GetDocument(Tables.Cursors, name)?["Value"].AsString;

    public void Set(string name, string value) => documents.Upsert(Tables.Cursors, new BsonDocument { ["_id"] = name, ["Value"] = value });

    public void Delete(string name) => documents.Delete(Tables.Cursors, name);
}
