using CareBot.Storage.Documents;
using LiteDB;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// Moving house: every collection's documents copied as they are into an empty PostgreSQL store, in one transaction,
/// then checked: the counts per collection, and a sample of documents read back and compared field by field.
/// </summary>
public static class DocumentImport
{
    /// <summary>Documents compared per collection: the first, the last, and evenly between.</summary>
    public const int SamplePerCollection = 25;

    /// <param name="source">The documents of a collection, ids included (e.g. <c>LiteDbCareStore.Documents</c>).</param>
    public static ImportOutcome Copy(Func<string, IReadOnlyList<BsonDocument>> source, PostgreSqlCareStore target, CancellationToken cancellationToken)
    {
        var documents = Collections.Data.Select(collection => (Collection: collection, Documents: source(collection))).ToList();
        string? refusal = null;
        target.WriteDocuments(commands =>
        {
            if (Tables.All.FirstOrDefault(table => commands.Count(new Lookup(table, "true")) > 0) is { } occupied)
            {
                refusal = $"{target.Description} already holds CareBot data ({occupied.Name} is not empty); migrate only into an empty database.";
                return false;
            }

            foreach (var (collection, stored) in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var table = Tables.Named(collection);
                foreach (var document in stored)
                {
                    commands.InsertDocument(table, document);
                }

                if (table.GeneratedIds)
                {
                    // New records continue after the copied ids, as they would have in LiteDB.
                    commands.ContinueIdsAfterLargest(table);
                }
            }

            return true;
        });

        if (refusal is not null)
        {
            return ImportOutcome.Refused(refusal);
        }

        var copied = documents.Select(d => (d.Collection, d.Documents.Count)).ToList();
        return Check(documents, target, copied, cancellationToken);
    }

    private static ImportOutcome Check(
        List<(string Collection, IReadOnlyList<BsonDocument> Documents)> documents,
        PostgreSqlCareStore target,
        List<(string, int)> copied,
        CancellationToken cancellationToken)
    {
        var compared = 0;
        foreach (var (collection, stored) in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var table = Tables.Named(collection);
            var count = target.ReadDocuments(commands => commands.Count(new Lookup(table, "true")));
            if (count != stored.Count)
            {
                return new ImportOutcome(copied, compared, $"{collection}: {stored.Count} documents in the source but {count} in PostgreSQL.");
            }

            foreach (var expected in Sample(stored))
            {
                var actual = target.ReadDocuments(commands => commands.GetDocument(table, expected["_id"]));
                if (actual is null)
                {
                    return new ImportOutcome(copied, compared, $"{collection}: document {expected["_id"]} is missing in PostgreSQL.");
                }

                if (DocumentComparison.FirstDifference(expected, actual) is { } field)
                {
                    return new ImportOutcome(copied, compared, $"{collection}: document {expected["_id"]} differs in PostgreSQL at {field}.");
                }

                compared++;
            }
        }

        return new ImportOutcome(copied, compared, null);
    }

    private static IEnumerable<BsonDocument> Sample(IReadOnlyList<BsonDocument> documents)
    {
        if (documents.Count <= SamplePerCollection)
        {
            return documents;
        }

        var step = (documents.Count - 1) / (double)(SamplePerCollection - 1);
        return Enumerable.Range(0, SamplePerCollection).Select(i => documents[(int)Math.Round(i * step)]);
    }
}
