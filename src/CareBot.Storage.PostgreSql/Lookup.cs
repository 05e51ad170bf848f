namespace CareBot.Storage.PostgreSql;

/// <summary>A query a repository makes, named so a test can check that PostgreSQL answers it from an index.</summary>
/// <param name="Table">Where it looks.</param>
/// <param name="Where">The condition, with positional parameters ($1, $2, …).</param>
/// <param name="OrderBy">The order of the results; the id last, so equal keys come in the order they were written.</param>
internal sealed record Lookup(DocumentTable Table, string Where, string OrderBy = "id")
{
    public string Select(string columns, int? limit = null, int offset = 0) =>
        $"SELECT {columns} FROM {Table.Name} WHERE {Where} ORDER BY {OrderBy}"
        + (limit is { } take ? $" LIMIT {take}" : "")
        + (offset > 0 ? $" OFFSET {offset}" : "");
}
