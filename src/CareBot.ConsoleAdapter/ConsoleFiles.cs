using CareBot.Core.Messages;

namespace CareBot.ConsoleAdapter;

/// <summary>
/// Where the console keeps the files it is sent (the /map picture, an /export): in <paramref name="folder"/>, the
/// database's folder, so a script's files end up beside its data where they are easy to find. A file of the same name
/// is replaced: the latest map is the one that matters.
/// </summary>
public sealed class ConsoleFiles(string folder)
{
    /// <summary>Writes the file; says where it went, or why it could not be written (a full disk or a read-only folder is no reason to stop).</summary>
    public string Save(Attachment attachment)
    {
        // The engine names its files, but a name is still never allowed to point outside the folder.
        var path = Path.Combine(folder, Path.GetFileName(attachment.FileName));
        try
        {
            File.WriteAllBytes(path, attachment.Content);
            return $"saved to {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"not saved: {e.Message}";
        }
    }
}
