using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>What each schema version changed, applied to a file written by an older CareBot.</summary>
internal static class SchemaUpgrades
{
    private static readonly BsonValue[] ClosedStates = ["Done", "Cancelled", "Expired"];

    /// <summary>Brings a file from <paramref name="version"/> up to <see cref="SchemaVersion.Current"/>.</summary>
    public static void From(LiteDatabase db, int version)
    {
        if (version < 2)
        {
            ToVersion2(db);
        }
    }

    /// <summary>
    /// Version 2 stops keeping what is no longer needed: delivered messages are erased instead of marked sent,
    /// failed ones a week after they failed, and a closed need no longer records who was asked about it or passed on it.
    /// </summary>
    private static void ToVersion2(LiteDatabase db)
    {
        var outbox = db.GetCollection(Collections.Outbox);
        outbox.DeleteMany(Filters.Equal("Status", "Sent"));
        outbox.DropIndex("SentAt");

        // Failed messages are now erased a week after they failed; older ones never recorded when, so their creation stands in.
        foreach (var failed in outbox.Find(Filters.Equal("Status", "Failed")).Where(doc => doc["FailedAt"].IsNull).ToList())
        {
            failed["FailedAt"] = failed["CreatedAt"];
            outbox.Update(failed);
        }

        var needs = db.GetCollection(Collections.Needs);
        var closed = needs.Find(Query.In("State", ClosedStates)).ToList();
        foreach (var need in closed)
        {
            need["Asked"] = new BsonArray();
            need["Passed"] = new BsonArray();
            needs.Update(need);
        }

        needs.DropIndex("Asked");
        needs.DropIndex("Passed");
    }
}
