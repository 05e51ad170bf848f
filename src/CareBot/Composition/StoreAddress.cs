namespace CareBot.Composition;

/// <summary>
/// A store named on the command line: <c>litedb:PATH</c> or <c>postgresql:CONNECTION-STRING</c>. Its
/// <see cref="ToString"/> never shows a connection string, which may hold a password.
/// </summary>
internal sealed record StoreAddress(StoreKind Kind, string Location)
{
    private const string LiteDbPrefix = "litedb:";
    private const string PostgreSqlPrefix = "postgresql:";

    /// <summary>The address, or null when the words name no store this CareBot knows.</summary>
    public static StoreAddress? Parse(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        if (words.StartsWith(LiteDbPrefix, StringComparison.OrdinalIgnoreCase) && words.Length > LiteDbPrefix.Length)
        {
            return new StoreAddress(StoreKind.LiteDb, words[LiteDbPrefix.Length..]);
        }

        if (words.StartsWith(PostgreSqlPrefix, StringComparison.OrdinalIgnoreCase) && words.Length > PostgreSqlPrefix.Length)
        {
            return new StoreAddress(StoreKind.PostgreSql, words[PostgreSqlPrefix.Length..]);
        }

        return null;
    }

    public override string ToString() =>
        Kind == StoreKind.LiteDb ? LiteDbPrefix + Location : PostgreSqlPrefix + CareBot.Storage.PostgreSql.ConnectionDescription.Of(Location);
}
