using System.Text;
using CareBot.Storage.LiteDb.Tests.Support;

namespace CareBot.Storage.LiteDb.Tests;

/// <summary>
/// A commit is in the database's files by the time Write returns. LiteDB 5 writes committed pages to its log from a
/// thread of its own, a moment later: a process killed in that moment lost transactions it had already acted on (an
/// update confirmed to Telegram, a message sent after its attempt was "recorded").
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Every_commit_is_in_the_files_when_Write_returns_so_a_kill_right_after_cannot_lose_it()
    {
        using var store = _file.Open();
        for (var i = 0; i < 200; i++)
        {
            var name = $"durable-{i:000}";
            store.Write(session =>
            {
                session.Members.Insert(Build.Member(1, name));
                return true;
            });

            Assert.True(InFiles(name), $"commit {i} was not in the files when Write returned");
        }
    }

    [Fact]
    public async Task A_commit_that_defers_its_flush_is_in_the_files_once_the_store_says_it_is_durable()
    {
        using var store = _file.Open();
        for (var i = 0; i < 50; i++)
        {
            var name = $"deferred-{i:000}";
            store.WriteDeferringFlush(session =>
            {
                session.Members.Insert(Build.Member(1, name));
                return true;
            });

            await store.WhenDurableAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(InFiles(name), $"commit {i} was not in the files when the store called it durable");
        }
    }

    [Fact]
    public async Task A_hundred_commits_made_in_a_row_reach_the_disk_together_in_one_flush()
    {
        using var store = _file.Open();
        var before = store.LogFlushes;

        for (var i = 0; i < 100; i++)
        {
            var name = $"grouped-{i:000}";
            store.WriteDeferringFlush(session =>
            {
                session.Members.Insert(Build.Member(1, name));
                return true;
            });
        }

        await store.WhenDurableAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, store.LogFlushes - before);
        Assert.True(InFiles("grouped-000") && InFiles("grouped-099"));
    }

    [Fact]
    public async Task Commits_still_waiting_for_their_flush_are_flushed_when_the_store_closes()
    {
        var store = _file.Open();
        store.WriteDeferringFlush(session =>
        {
            session.Members.Insert(Build.Member(1, "closing-time"));
            return true;
        });
        var durable = store.WhenDurableAsync(CancellationToken.None);

        store.Dispose();

        await durable.WaitAsync(TimeSpan.FromSeconds(30));
        using var reopened = _file.Open();
        Assert.Single(reopened.Read(s => s.Members.FindByIdentity(Build.User("closing-time").Ref)));
    }

    [Fact]
    public async Task The_log_is_copied_into_the_data_file_once_it_passes_eight_megabytes_so_it_never_grows_without_end()
    {
        using var store = _file.Open();
        var page = new string('x', 32 * 1024);
        for (var i = 0; i < 400; i++)
        {
            var name = $"long-log-{i:000}";
            store.WriteDeferringFlush(session =>
            {
                session.Cursors.Set(name, page);
                return true;
            });
            await store.WhenDurableAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        }

        // 400 commits of 32 KB: about 13 MB went through the log, which stays below LiteDB's own limit and a commit or two.
        var log = new FileInfo(Path.Combine(_file.Folder, "carebot-log.db"));
        Assert.True(!log.Exists || log.Length < 9 * 1024 * 1024, $"the log is {log.Length} bytes");
        Assert.Equal(page, store.Read(session => session.Cursors.Get("long-log-000")));
    }

    private bool InFiles(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new[] { _file.Path, Path.Combine(_file.Folder, "carebot-log.db") }
            .Where(File.Exists)
            .Any(path => Read(path).AsSpan().IndexOf(bytes) >= 0);
    }

    private static byte[] Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
