using CareBot.Storage.LiteDb.Tests.Support;
using LiteDB;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>
/// A database file CareBot can't use stops it with one line that says why and what to do, never a stack
/// trace, and never touches the file.
/// </summary>
public sealed class OpeningTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void A_new_file_is_created_with_its_folder_and_stamped_with_the_schema_version()
    {
        var path = System.IO.Path.Combine(_file.Folder, "nested", "folder", "carebot.db");
        using (LiteDbCareStore.Open(path))
        {
        }

        using var raw = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        Assert.Equal(SchemaVersion.Current, raw.GetCollection(Collections.Meta).FindById("schema")["Version"].AsInt32);
    }

    [Fact]
    public void A_file_from_a_newer_CareBot_is_refused_in_one_line_and_left_as_it_was()
    {
        using (_file.Open())
        {
        }

        using (var raw = _file.OpenRaw())
        {
            raw.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = "schema", ["Version"] = SchemaVersion.Current + 1 });
        }

        var refused = Assert.Throws<StorageUnavailableException>(_file.Open);

        AssertOneClearLine(refused.Message, "newer CareBot", $"schema {SchemaVersion.Current + 1}");
        using var after = _file.OpenRaw();
        Assert.Equal(SchemaVersion.Current + 1, after.GetCollection(Collections.Meta).FindById("schema")["Version"].AsInt32);
    }

    [Fact]
    public void A_file_another_CareBot_has_open_is_refused_in_one_line_until_that_one_closes()
    {
        using (var first = _file.Open())
        {
            var refused = Assert.Throws<StorageUnavailableException>(_file.Open);
            AssertOneClearLine(refused.Message, "in use by another CareBot", "--db PATH");
            first.Write(session =>
            {
                session.Cursors.Set("still", "works");
                return true;
            });
        }

        using var second = _file.Open();
        Assert.Equal("works", second.Read(session => session.Cursors.Get("still")));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_in_one_line_and_not_overwritten()
    {
        var garbage = new byte[64 * 1024];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(_file.Path, garbage);

        var refused = Assert.Throws<StorageUnavailableException>(_file.Open);

        AssertOneClearLine(refused.Message, "not a CareBot database or it is damaged");
        Assert.Equal(garbage, File.ReadAllBytes(_file.Path));
    }

    [Fact]
    public void A_text_file_given_as_the_database_is_refused_in_one_line_and_not_overwritten()
    {
        const string Notes = "shopping list: eggs, milk\n";
        File.WriteAllText(_file.Path, Notes);

        var refused = Assert.Throws<StorageUnavailableException>(_file.Open);

        AssertOneClearLine(refused.Message, "not a CareBot database or it is damaged");
        Assert.Equal(Notes, File.ReadAllText(_file.Path));
    }

    [Fact]
    public void A_database_whose_pages_are_damaged_is_refused_in_one_line()
    {
        using (var store = _file.Open())
        {
            store.Write(session =>
            {
                session.Communities.Insert(Build.Community());
                return true;
            });
            store.Checkpoint();
        }

        var bytes = File.ReadAllBytes(_file.Path);
        new Random(11).NextBytes(bytes.AsSpan(8192));
        File.WriteAllBytes(_file.Path, bytes);

        var refused = Assert.Throws<StorageUnavailableException>(_file.Open);

        AssertOneClearLine(refused.Message, "not a CareBot database or it is damaged", "restore a backup");
    }

    [Fact]
    public void A_refused_file_is_not_left_locked()
    {
        File.WriteAllBytes(_file.Path, [.. Enumerable.Repeat((byte)0xAB, 16 * 1024)]);

        Assert.Throws<StorageUnavailableException>(_file.Open);
        var again = Assert.Throws<StorageUnavailableException>(_file.Open);

        Assert.DoesNotContain("in use", again.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_file.Path + ".lock"), "the lock file goes with the failed attempt");
    }

    [Fact]
    public void A_folder_given_as_the_database_is_refused_in_one_line()
    {
        var refused = Assert.Throws<StorageUnavailableException>(() => LiteDbCareStore.Open(_file.Folder));

        AssertOneClearLine(refused.Message, _file.Folder);
    }

    [Fact]
    public void A_database_path_under_a_file_is_refused_in_one_line_that_does_not_blame_another_CareBot()
    {
        var notAFolder = System.IO.Path.Combine(_file.Folder, "notes.txt");
        File.WriteAllText(notAFolder, "not a folder");

        var refused = Assert.Throws<StorageUnavailableException>(() => LiteDbCareStore.Open(System.IO.Path.Combine(notAFolder, "carebot.db")));

        AssertOneClearLine(refused.Message, notAFolder);
        Assert.DoesNotContain("in use", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_twice_is_harmless_and_releases_the_file()
    {
        var store = _file.Open();
        store.Dispose();
        store.Dispose();

        using var again = _file.Open();
        Assert.Null(again.Read(session => session.Cursors.Get("anything")));
    }

    private static void AssertOneClearLine(string message, params string[] mentions)
    {
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, message, StringComparison.Ordinal);
        }
    }
}
