using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Storage.LiteDb.Tests.Support;
using LiteDB;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>
/// What lands in the file, read without CareBot's mapper: computed properties are never stored (they
/// would drift from what they are computed from), and values are in a form a person can read.
/// </summary>
public sealed class StoredDocumentTests : IClassFixture<StoredDocumentTests.WrittenFile>
{
    private readonly WrittenFile _written;

    public StoredDocumentTests(WrittenFile written) => _written = written;

    [Theory]
    [InlineData(Collections.Members, "DisplayName")]
    [InlineData(Collections.Members, "PrimaryIdentity")]
    [InlineData(Collections.Members, "IdentityList")]
    [InlineData(Collections.Members, "RecentHelpList")]
    [InlineData(Collections.Members, "Identities.Ref")]
    [InlineData(Collections.Needs, "IsActive")]
    [InlineData(Collections.Needs, "HelperIds")]
    [InlineData(Collections.Needs, "AskedIds")]
    [InlineData(Collections.Needs, "PassedIds")]
    [InlineData(Collections.Needs, "HelperList")]
    [InlineData(Collections.Needs, "CategoryList")]
    [InlineData(Collections.Offers, "IsActive")]
    [InlineData(Collections.Offers, "KeywordList")]
    [InlineData(Collections.Spaces, "Ref")]
    [InlineData(Collections.Communities, "Agreements.ZoneList")]
    [InlineData(Collections.Outbox, "MemberIdList")]
    [InlineData(Collections.Outbox, "Destination.IsDirect")]
    public void Computed_properties_are_not_stored(string collection, string field)
    {
        var document = _written.Documents[collection];

        Assert.False(Has(document, field), $"{collection} stores {field}: {LiteDB.JsonSerializer.Serialize(document)}");
    }

    [Theory]
    [InlineData(Collections.Members, "Identities")]
    [InlineData(Collections.Members, "IdentityKeys")]
    [InlineData(Collections.Members, "RecentHelps")]
    [InlineData(Collections.Needs, "Helpers")]
    [InlineData(Collections.Needs, "Asked")]
    [InlineData(Collections.Needs, "Passed")]
    [InlineData(Collections.Needs, "Categories")]
    [InlineData(Collections.Offers, "Keywords")]
    [InlineData(Collections.Communities, "Agreements.Zones")]
    [InlineData(Collections.Outbox, "MemberIds")]
    public void Lists_are_stored_under_their_public_names(string collection, string field)
    {
        Assert.True(Has(_written.Documents[collection], field), $"{collection} lacks {field}");
    }

    [Fact]
    public void Message_content_is_stored_without_its_computed_plain_text_and_with_named_styles()
    {
        var content = _written.Documents[Collections.Outbox]["Content"].AsString;

        Assert.DoesNotContain("PlainText", content, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Key\"", content, StringComparison.Ordinal);
        Assert.Contains("\"Style\":\"Quote\"", content, StringComparison.Ordinal);
        Assert.Contains("\"Kind\":\"OpenPrivateChat\"", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_stored_in_a_form_a_person_can_read()
    {
        var member = _written.Documents[Collections.Members];
        var need = _written.Documents[Collections.Needs];
        var message = _written.Documents[Collections.Outbox];

        Assert.Equal("22-08", member["Quiet"].AsString);
        Assert.Equal("Digest", member["Notify"].AsString);
        Assert.Equal(BsonType.DateTime, member["PausedUntil"].Type);
        Assert.Equal("2025-03-07", need["By"].AsString);
        Assert.Equal("Claimed", need["State"].AsString);
        Assert.Equal("Held", message["Status"].AsString);
        Assert.Equal("Direct", message["Destination"]["Kind"].AsString);
    }

    [Fact]
    public void Message_content_reads_back_the_same_as_it_was_written()
    {
        using var store = _written.File.Open();
        var read = store.Read(session => session.Outbox.HeldFor(new UserRef(KnownPlatforms.Console, "alice"))).Single();

        Assert.Equal(Snapshot.Of(WrittenFile.Content), Snapshot.Of(read.Content));
    }

    private static bool Has(BsonDocument document, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return document.ContainsKey(path);
        }

        var value = document[path[..dot]];
        var rest = path[(dot + 1)..];
        return value.IsDocument ? Has(value.AsDocument, rest)
            : value.IsArray && value.AsArray.Any(item => item.IsDocument && Has(item.AsDocument, rest));
    }

    /// <summary>One file with one of everything, each entity with every optional part filled in.</summary>
    public sealed class WrittenFile : IDisposable
    {
        public static readonly OutgoingMessage Content = new MessageBuilder()
            .Add("🙋 ").Bold("Need #1").Add(" from ").Mention(new UserRef(KnownPlatforms.Console, "alice"), "alice").Line()
            .Quote("a ride\n  to the clinic").Line()
            .Italic("🚗 transport").Command("/claim 1")
            .Button("I can help", "/claim 1")
            .Button(Button.OpenPrivateChat("Open a private chat", "held"))
            .Attach(new Attachment("export.json", "application/json", [1, 2, 3]))
            .Build();

        public WrittenFile()
        {
            using (var store = File.Open())
            {
                store.Write(session =>
                {
                    var community = Build.Community();
                    session.Communities.Insert(community);
                    var agreements = AgreementsWithZones(community);
                    community.ReplaceAgreements(agreements);
                    session.Communities.Update(community);
                    session.Communities.Upsert(Build.Space(community.Id));
                    var member = Build.Member(community.Id, "alice");
                    member.SetQuietHours(new QuietHours(22, 8));
                    member.SetNotify(NotificationMode.Digest);
                    member.PauseUntil(null);
                    member.RecordHelped(TestClock.Start);
                    session.Members.Insert(member);
                    session.Offers.Insert(Build.Offer(community.Id, member.Id));
                    var need = Build.Need(community.Id, 1, member.Id, by: new DateOnly(2025, 3, 7));
                    need.RecordWave([2, 3], TestClock.Start, TimeSpan.FromHours(12));
                    Assert.Null(need.Pass(3, TestClock.Start));
                    Assert.Null(need.Claim(2, TestClock.Start));
                    session.Needs.Insert(need);
                    var message = new OutboxMessage(Destination.Direct(new UserRef(KnownPlatforms.Console, "alice")), Content, community.Id, [member.Id],
                        TestClock.Start, TestClock.Start);
                    message.Hold("403");
                    session.Outbox.Enqueue(message);
                    session.Outbox.RecordSend(new SendRecord(message.Destination, TestClock.Start));
                    return true;
                });
            }

            using var raw = File.OpenRaw();
            Documents = raw.GetCollectionNames().ToDictionary(name => name, name => raw.GetCollection(name).FindAll().First());
        }

        internal TempDatabase File { get; } = new();

        internal IReadOnlyDictionary<string, BsonDocument> Documents { get; }

        public void Dispose() => File.Dispose();

        private static Core.Communities.Agreements AgreementsWithZones(Core.Communities.Community community)
        {
            var result = Core.Communities.AgreementEditor.Apply(community.Agreements, "zones", "north, south");
            Assert.True(result.IsSuccess);
            return result.Value;
        }
    }
}
