using System.Globalization;

namespace CareBot.Composition;

/// <summary>
/// The file beside the database (<c>carebot.db.alive</c>) in which a running CareBot notes, every few seconds, that it
/// is alive and could read its database; <c>carebot health</c> reads it. Only a running bot writes it, and it is
/// deleted when the bot stops, so an old one means the bot died or hangs.
/// </summary>
internal static class Heartbeat
{
    /// <summary>How often a running bot writes it.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    /// <summary>Older than this, the bot is taken for dead: a few missed beats, not one slow one.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    public static string PathFor(string databasePath) => System.IO.Path.GetFullPath(databasePath) + ".alive";

    /// <summary>Written to a new file, then moved over the old one, so a reader never sees half a beat.</summary>
    public static void Write(string path, DateTimeOffset at)
    {
        var written = path + ".new";
        File.WriteAllText(written, at.ToString("O", CultureInfo.InvariantCulture));
        File.Move(written, path, overwrite: true);
    }

    /// <summary>When the last beat was written; null when there is none or it can't be read.</summary>
    public static DateTimeOffset? Read(string path)
    {
        try
        {
            return DateTimeOffset.TryParseExact(File.ReadAllText(path).Trim(), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? at
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
