namespace CareBot.Storage.LiteDb;

/// <summary>
/// The database file can't be used: locked by another CareBot, unreadable, or written by a newer version.
/// The message is meant for the person running CareBot, as one clear line.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message) : base(message)
    {
    }
}
