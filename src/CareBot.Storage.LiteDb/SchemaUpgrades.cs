using CareBot.Core.Categories;
using LiteDB;

namespace CareBot.Storage.LiteDb;

/// <summary>What each schema version changed, applied to a file written by an older CareBot.</summary>
internal static class SchemaUpgrades
{
    private static readonly BsonValue[] ClosedStates = ["Done", "Cancelled", "Expired"];
    private static readonly BsonValue[] ActiveStates = ["Open", "Claimed"];

    /// <summary>Brings a file from <paramref name="version"/> up to <see cref="SchemaVersion.Current"/>.</summary>
    public static void From(LiteDatabase db, int version)
    {
        if (version < 2)
        {
            ToVersion2(db);
        }

        if (version < 3)
        {
            ToVersion3(db);
        }

        // Version 4 adds requests for help deferred to the end of someone's quiet hours (status "Deferred"), which an
        // older CareBot could not read; older files hold none, so there is nothing to change in them.
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

    /// <summary>
    /// Version 3 stems words with Snowball instead of CareBot's own light stemmer ("drive" was "driv", now "drive"). The
    /// keywords of active offers and of needs still open are worked out again from their text, so they keep meeting the
    /// words of new needs and offers. Categories stay as they were: a member may have corrected them.
    /// </summary>
    private static void ToVersion3(LiteDatabase db)
    {
        var offers = db.GetCollection(Collections.Offers);
        foreach (var offer in offers.Find(Filters.Equal("WithdrawnAt", BsonValue.Null)).ToList())
        {
            offer["Keywords"] = KeywordsOf(offer);
            offers.Update(offer);
        }

        var needs = db.GetCollection(Collections.Needs);
        foreach (var need in needs.Find(Query.In("State", ActiveStates)).ToList())
        {
            need["Keywords"] = KeywordsOf(need);
            needs.Update(need);
        }
    }

    private static BsonArray KeywordsOf(BsonDocument document) =>
        new(CategoryCatalog.Default.Analyze(document["Text"].AsString).Keywords.Select(keyword => new BsonValue(keyword)));
}
