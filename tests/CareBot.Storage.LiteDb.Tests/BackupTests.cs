using CareBot.Core.Members;
using CareBot.Storage.LiteDb.Tests.Support;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>
/// A backup copies the database while CareBot runs on it, opens as a database of its own with everything committed
/// before it began, and when it can't be made says why in one line, leaving the database and the target as they were.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(60);
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    private string Target => Path.Combine(_file.Folder, "backups", "carebot-backup.db");

    [Fact]
    public async Task A_backup_of_a_running_store_holds_everything_committed_even_what_is_still_only_in_the_log()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Target)!);
        using var store = _file.Open();
        var before = Enumerable.Range(1, 40).Select(i => AddMember(store, $"before-{i}")).ToList();
        // LiteDB writes committed pages to its log from a background queue: wait until they are there.
        var log = Path.Combine(_file.Folder, "carebot-log.db");
        Assert.True(SpinWait.SpinUntil(() => new FileInfo(log).Length > 0, Ceiling), "the test needs commits still in the log");

        // CareBot carries on writing while the copy is taken.
        var writer = Task.Run(() => Enumerable.Range(1, 100).Select(i => AddMember(store, $"during-{i}")).ToList());
        var outcome = await DatabaseBackup.CopyAsync(_file.Path, Target, CancellationToken.None).WaitAsync(Ceiling);
        var during = await writer.WaitAsync(Ceiling);

        Assert.True(outcome.Succeeded, outcome.Problem);
        using var copy = LiteDbCareStore.Open(Target);
        foreach (var member in before)
        {
            Assert.Equal(Snapshot.Of(member), Snapshot.Of(copy.Read(s => s.Members.Get(member.Id))));
        }

        // Whatever of the concurrent writing made it into the copy made it whole.
        var copied = copy.Read(s => s.Members.InCommunity(1));
        Assert.All(copied, m => Assert.Equal(Snapshot.Of(before.Concat(during).Single(w => w.Id == m.Id)), Snapshot.Of(m)));
        Assert.Equal(before.Count + during.Count, store.Read(s => s.Members.InCommunity(1)).Count);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Target)!, "*.partial"));
    }

    [Fact]
    public async Task A_missing_database_is_told_in_one_line_and_no_backup_appears()
    {
        var outcome = await DatabaseBackup.CopyAsync(_file.Path, Target, CancellationToken.None);

        AssertOneClearLine(outcome, "There is no database at", _file.Path);
        Assert.False(File.Exists(Target));
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("pages")]
    public async Task A_damaged_database_is_told_in_one_line_and_left_as_it_was(string damage)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Target)!);
        using (var store = _file.Open())
        {
            AddMember(store, "alice");
            store.Checkpoint();
        }

        var bytes = File.ReadAllBytes(_file.Path);
        if (damage == "notes")
        {
            bytes = "shopping list: milk, eggs, bread\n"u8.ToArray();
        }
        else
        {
            new Random(11).NextBytes(bytes.AsSpan(8192));
        }

        File.WriteAllBytes(_file.Path, bytes);

        var outcome = await DatabaseBackup.CopyAsync(_file.Path, Target, CancellationToken.None);

        AssertOneClearLine(outcome, "not a CareBot database or it is damaged", _file.Path);
        Assert.Equal(bytes, File.ReadAllBytes(_file.Path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Target)!));
    }

    [Fact]
    public async Task A_target_folder_that_cannot_be_written_is_told_in_one_line_and_the_store_carries_on()
    {
        using var store = _file.Open();
        AddMember(store, "alice");
        var notAFolder = Path.Combine(_file.Folder, "notes.txt");
        await File.WriteAllTextAsync(notAFolder, "not a folder");

        foreach (var folder in new[] { notAFolder, ReadOnlyFolder() })
        {
            var target = Path.Combine(folder, "carebot-backup.db");

            var outcome = await DatabaseBackup.CopyAsync(_file.Path, target, CancellationToken.None);

            AssertOneClearLine(outcome, "Can't write the backup", target, "The database was not changed");
            Assert.False(File.Exists(target));
        }

        AddMember(store, "alice-again");
        Assert.Equal(2, store.Read(s => s.Members.InCommunity(1)).Count);
    }

    /// <summary>A folder nobody may write to; root may write anywhere, so for root a kernel folder stands in.</summary>
    private string ReadOnlyFolder()
    {
        var folder = Path.Combine(_file.Folder, "read-only");
        Directory.CreateDirectory(folder);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(_file.Folder, "notes.txt", "nested");
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return Environment.UserName == "root" && OperatingSystem.IsLinux() ? "/proc" : folder;
    }

    private static Member AddMember(LiteDbCareStore store, string name)
    {
        var member = Build.Member(1, name);
        member.SetZone("north");
        member.HoldDraft($"a need held for {name}", anonymous: false, by: null, zone: null, helpersWanted: 1);
        store.Write(session =>
        {
            session.Members.Insert(member);
            return true;
        });
        return member;
    }

    private static void AssertOneClearLine(BackupOutcome outcome, params string[] mentions)
    {
        Assert.False(outcome.Succeeded);
        var line = outcome.Problem!;
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, line, StringComparison.Ordinal);
        }
    }
}
