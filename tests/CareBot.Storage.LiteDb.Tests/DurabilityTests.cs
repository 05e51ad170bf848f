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
