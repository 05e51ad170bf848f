using CareBot.Core.Storage;
using LiteDB;

namespace CareBot.Storage.LiteDb;

internal sealed class CursorRepository(LiteDatabase db) : ICursorRepository
{
    private readonly ILiteCollection<BsonDocument> _cursors = db.GetCollection(Collections.Cursors);

    public string? Get(string name) => _cursors.FindById(name)?["Value"].AsString;

    public void Set(string name, string value) => _cursors.Upsert(new BsonDocument { ["_id"] = name, ["Value"] = value });

    public void Delete(string name) => _cursors.Delete(name);
}
