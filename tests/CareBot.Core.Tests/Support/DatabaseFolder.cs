using System.Text;

namespace CareBot.Core.Tests.Support;

/// <summary>
/// A temporary folder holding a real database file, and every byte of every file in it: the data file, the log
/// beside it, anything else the store writes. Removed when the test ends.
/// </summary>
internal sealed class DatabaseFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("carebot-core-tests-");

    public string Database => System.IO.Path.Combine(_folder.FullName, "carebot.db");

    /// <summary>
    /// The values found anywhere in the folder's files, as UTF-8 or UTF-16 text, ignoring ASCII case (LiteDB keeps
    /// strings as UTF-8; keywords are kept lower-cased), each with the file it was found in.
    /// </summary>
    public IReadOnlyList<string> Find(IEnumerable<string> values)
    {
        // The lock file is held exclusively and stays empty: it only says the database is in use.
        var files = Directory.GetFiles(_folder.FullName)
            .Where(file => !file.EndsWith(".lock", StringComparison.Ordinal) || new FileInfo(file).Length > 0)
            .ToDictionary(file => System.IO.Path.GetFileName(file), file => Lower(RawFile.ReadShared(file)));
        return
        [
            .. from value in values
               from encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode }
               let needle = Lower(encoding.GetBytes(value))
               from file in files
               where file.Value.AsSpan().IndexOf(needle) >= 0
               select $"\"{value}\" ({encoding.WebName}) in {file.Key}",
        ];
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Still open by a failed test; the system cleans its temp folder eventually.
        }
    }

    private static byte[] Lower(byte[] bytes) => [.. bytes.Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b)];
}
