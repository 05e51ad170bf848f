using CareBot.Core.Storage;
using CareBot.Storage.LiteDb;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>A LiteDB file in its own temporary folder.</summary>
internal sealed class LiteDbStoreUnderTest : StoreUnderTest
{
    public LiteDbStoreUnderTest()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "carebot-contract-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Path => System.IO.Path.Combine(Folder, "carebot.db");

    public override ICareStore Open() => LiteDbCareStore.Open(Path);

    public override void Dispose()
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
