namespace CareBot.Storage.PostgreSql;

/// <summary>
/// The PostgreSQL database can't be used: the connection string is malformed, the server refuses or can't be
/// reached, or the schema was written by a newer CareBot. The message is one line for the person running
/// CareBot, and never contains the password.
/// </summary>
public sealed class PostgreSqlUnavailableException : Exception
{
    public PostgreSqlUnavailableException(string message, Exception? inner) : base(message, inner)
    {
    }

    public PostgreSqlUnavailableException()
    {
    }

    public PostgreSqlUnavailableException(string message) : base(message)
    {
    }
}
