using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>
/// The version of the document layout this build writes. A file from a newer CareBot is refused rather
/// than half-understood; an older one is upgraded in place, one version at a time, in one transaction.
/// </summary>
internal static class SchemaVersion
{
    public const int Current = 4;
    private const string Key = "schema";

    public static void CheckAndStamp(LiteDatabase db, string name)
    {
        var meta = db.GetCollection(Collections.Meta);
        var stamp = meta.FindById(Key);
        var found = stamp?["Version"].AsInt32 ?? 0;
        if (found > Current)
        {
            throw new StorageUnavailableException(
                $"The database {name} was written by a newer CareBot (schema {found}; this version understands up to {Current}). " +
                "Upgrade CareBot, or choose another file with --db PATH (or Storage:Path).");
        }

        if (found == Current)
        {
            return;
        }

        db.BeginTrans();
        try
        {
            // A file without a stamp is new: there is nothing in it to upgrade.
            if (found >= 1)
            {
                SchemaUpgrades.From(db, found);
            }

            meta.Upsert(new BsonDocument { ["_id"] = Key, ["Version"] = Current });
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }
}
