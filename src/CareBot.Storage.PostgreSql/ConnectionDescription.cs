using Npgsql;

namespace CareBot.Storage.PostgreSql;

/// <summary>A connection string as it may be shown or logged: where and as whom, never the password.</summary>
public static class ConnectionDescription
{
    public static string Of(string connectionString)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return $"database {parsed.Database ?? "(default)"} on {parsed.Host ?? "localhost"}:{parsed.Port} as {parsed.Username ?? "(current user)"}";
        }
        catch (ArgumentException)
        {
            return "(a connection string that can't be read)";
        }
    }

    /// <summary>Why the connection string can't be used, or null when it can (it is read, not tried).</summary>
    public static string? Problem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "it is empty";
        }

        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host) ? "it names no Host" : null;
        }
        catch (ArgumentException e)
        {
            // Npgsql's message names the keyword it did not understand, not the values.
            return e.Message;
        }
    }
}
