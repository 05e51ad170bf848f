using CareBot.Storage.PostgreSql;
using LiteDB;

namespace CareBot.Storage.Contract.Tests.PostgreSql;

/// <summary>A document survives the trip through JSON value for value, type for type, in any time zone.</summary>
public sealed class DocumentJsonTests
{
    [Fact]
    public void Every_kind_of_value_reads_back_as_written()
    {
        var written = new BsonDocument
        {
            ["text"] = "Zoë \"z\" <b> ✓",
            ["int"] = 42,
            ["long"] = 1L << 40,
            ["double"] = 5.0,
            ["fraction"] = 0.1 + 0.2,
            ["decimal"] = 12.50m,
            ["yes"] = true,
            ["nothing"] = BsonValue.Null,
            ["bytes"] = new byte[] { 0, 1, 254, 255 },
            ["guid"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            ["when"] = new DateTime(2025, 3, 3, 9, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567),
            ["nested"] = new BsonDocument { ["list"] = new BsonArray(1, "two", new BsonDocument { ["three"] = 3 }) },
            ["looks-tagged"] = new BsonDocument { ["$date"] = "not a date", ["other"] = 1 },
        };

        var read = DocumentJson.Read(DocumentJson.Write(written));

        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var key in written.Keys)
        {
            Assert.Equal(written[key].Type, read[key].Type);
            Assert.Equal(written[key], read[key]);
        }
    }

    [Fact]
    public void The_largest_and_smallest_moments_stay_themselves()
    {
        // What LiteDB hands back for a pause "until resumed": DateTime.MaxValue, not converted to local time.
        var written = new BsonDocument { ["until"] = DateTime.MaxValue, ["since"] = DateTime.MinValue };

        var read = DocumentJson.Read(DocumentJson.Write(written));

        Assert.Equal(DateTime.MaxValue, read["until"].AsDateTime);
        Assert.Equal(DateTime.MinValue, read["since"].AsDateTime);
    }
}
