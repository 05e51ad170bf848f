namespace CareBot.Storage.LiteDb.Tests.Support;

/// <summary>A database file in its own temporary folder, removed with everything beside it when the test ends.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "carebot-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "carebot.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public LiteDbCareStore Open() => LiteDbCareStore.Open(Path);

    /// <summary>The file as LiteDB sees it, without CareBot's mapper or lock: for reading raw documents and for tampering.</summary>
    public LiteDB.LiteDatabase OpenRaw() =>
        new(new LiteDB.ConnectionString { Filename = Path, Connection = LiteDB.ConnectionType.Direct });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failed test; the temp folder is cleaned by the system eventually.
        }
    }
}
