using CareBot.Core.Platforms;
using CareBot.Storage.LiteDb.Tests.Support;
using LiteDB;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>A file written by an older CareBot opens in a newer one, upgraded in place, with nothing of value lost.</summary>
public sealed class SchemaUpgradeTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void A_version_1_file_drops_delivered_messages_and_who_was_asked_about_closed_needs_and_keeps_the_rest()
    {
        WriteVersion1File();

        using (var store = _file.Open())
        {
            var due = store.Read(session => session.Outbox.Due(KnownPlatforms.Console, TestClock.Start.AddDays(1), 10));
            Assert.Equal(["still to deliver"], due.Select(m => m.Content.PlainText));
            Assert.Equal([2, 3], store.Read(session => session.Needs.FindByNumber(1, 1))!.AskedIds);
            Assert.Empty(store.Read(session => session.Needs.FindByNumber(1, 2))!.AskedIds);
            Assert.Empty(store.Read(session => session.Needs.FindByNumber(1, 2))!.PassedIds);
            Assert.Equal([1], store.Read(session => session.Needs.Involving(3, 1)).Select(n => n.Number));
            var purged = 0;
            store.Write(session =>
            {
                purged = session.Outbox.PurgeFailed(TestClock.Start);
                return true;
            });
            Assert.Equal(1, purged);
        }

        using var raw = _file.OpenRaw();
        Assert.Equal(SchemaVersion.Current, raw.GetCollection(Collections.Meta).FindById("schema")["Version"].AsInt32);
        Assert.DoesNotContain(raw.GetCollection(Collections.Outbox).FindAll(), doc => doc["Status"] == "Sent");
        var indexes = raw.GetCollection("$indexes").FindAll().Select(i => $"{i["collection"].AsString}.{i["name"].AsString}").ToList();
        Assert.DoesNotContain("outbox.SentAt", indexes);
        Assert.DoesNotContain("needs.Asked", indexes);
        Assert.DoesNotContain("needs.Passed", indexes);
        Assert.Contains("needs.RequesterId", indexes);
    }

    [Fact]
    public void Opening_an_upgraded_file_again_changes_nothing()
    {
        WriteVersion1File();
        using (_file.Open())
        {
        }

        var upgraded = Dump();
        using (_file.Open())
        {
        }

        Assert.Equal(upgraded, Dump());
    }

    [Fact]
    public void A_version_2_file_gets_the_keywords_of_active_offers_and_open_needs_stemmed_again_and_keeps_corrected_categories()
    {
        using (var store = _file.Open())
        {
            store.Write(session =>
            {
                session.Offers.Insert(Build.Offer(1, 2, "driving people to appointments"));
                session.Needs.Insert(Build.Need(1, 1, requesterId: 1, text: "someone driving to the station"));
                return true;
            });
        }

        using (var raw = _file.OpenRaw())
        {
            raw.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = "schema", ["Version"] = 2 });
            foreach (var name in new[] { Collections.Offers, Collections.Needs })
            {
                var collection = raw.GetCollection(name);
                var document = collection.FindAll().Single();
                document["Keywords"] = new BsonArray(new BsonValue("driv"), new BsonValue("peopl"));
                document["Categories"] = new BsonArray(new BsonValue("moving"));
                collection.Update(document);
            }
        }

        using var upgraded = _file.Open();
        var offer = upgraded.Read(session => session.Offers.ActiveInCommunity(1)).Single();
        var need = upgraded.Read(session => session.Needs.FindByNumber(1, 1))!;
        Assert.Contains("drive", offer.Keywords);
        Assert.DoesNotContain("driv", offer.Keywords);
        Assert.Contains("drive", need.Keywords);
        Assert.Equal(["moving"], offer.Categories);
        Assert.Equal(["moving"], need.Categories);
    }

    private string Dump()
    {
        using var raw = _file.OpenRaw();
        return string.Join("\n", raw.GetCollectionNames().Order(StringComparer.Ordinal)
            .SelectMany(name => raw.GetCollection(name).FindAll().Select(doc => name + ": " + LiteDB.JsonSerializer.Serialize(doc))));
    }

    /// <summary>
    /// What CareBot 1 left behind: a delivered message kept as "Sent" beside a pending one, a closed need that still
    /// lists who was asked and who passed, and the indexes it kept for them.
    /// </summary>
    private void WriteVersion1File()
    {
        using (var store = _file.Open())
        {
            store.Write(session =>
            {
                for (var number = 1; number <= 2; number++)
                {
                    var need = Build.Need(1, number, requesterId: 1);
                    need.RecordWave([2, 3], TestClock.Start, TimeSpan.FromHours(12));
                    Assert.Null(need.Pass(3, TestClock.Start));
                    session.Needs.Insert(need);
                }

                session.Outbox.Enqueue(Build.ToGroup("already delivered"));
                session.Outbox.Enqueue(Build.ToGroup("still to deliver"));
                session.Outbox.Enqueue(Build.ToGroup("the chat is gone"));
                return true;
            });
        }

        using var raw = _file.OpenRaw();
        raw.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = "schema", ["Version"] = 1 });
        var outbox = raw.GetCollection(Collections.Outbox);
        var delivered = outbox.FindAll().Single(doc => doc["Content"].AsString.Contains("already delivered", StringComparison.Ordinal));
        delivered["Status"] = "Sent";
        delivered["SentAt"] = TestClock.Start.UtcDateTime;
        outbox.Update(delivered);
        var failed = outbox.FindAll().Single(doc => doc["Content"].AsString.Contains("the chat is gone", StringComparison.Ordinal));
        failed["Status"] = "Failed";
        failed["LastError"] = "chat not found";
        outbox.Update(failed);
        outbox.EnsureIndex("SentAt");
        var needs = raw.GetCollection(Collections.Needs);
        var closed = needs.FindOne(Query.EQ("Number", 2));
        closed["State"] = "Done";
        closed["ClosedAt"] = TestClock.Start.UtcDateTime;
        needs.Update(closed);
        needs.EnsureIndex("Asked", "$.Asked[*]");
        needs.EnsureIndex("Passed", "$.Passed[*]");
    }
}
