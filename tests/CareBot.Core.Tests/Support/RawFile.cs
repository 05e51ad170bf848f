namespace CareBot.Core.Tests.Support;

/// <summary>The bytes of a file another handle (the running store) keeps open for writing.</summary>
internal static class RawFile
{
    public static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
