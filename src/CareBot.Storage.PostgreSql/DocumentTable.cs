namespace CareBot.Storage.PostgreSql;

/// <summary>
/// One collection as a table: the id, the columns the lookups use, and the whole document as jsonb (without its
/// id, which only the id column holds). The columns are derived from the document whenever it is written, so they
/// cannot disagree with it.
/// </summary>
/// <param name="Name">The table's name, the same as the LiteDB collection's.</param>
/// <param name="GeneratedIds">Integer ids the table hands out when an entity has none yet, as LiteDB's auto ids do.</param>
/// <param name="Columns">The looked-up columns, in table order.</param>
internal sealed record DocumentTable(string Name, bool GeneratedIds, IReadOnlyList<IndexedColumn> Columns)
{
    /// <summary>"a, b, doc": the columns a write sets, after the id.</summary>
    public string WrittenColumns => string.Join(", ", Columns.Select(c => c.Name).Append("doc"));

    /// <summary>"$2, $3, $4": their parameters, numbered after the id's.</summary>
    public string WrittenParameters => string.Join(", ", Enumerable.Range(2, Columns.Count + 1).Select(i => $"${i}"));
}
