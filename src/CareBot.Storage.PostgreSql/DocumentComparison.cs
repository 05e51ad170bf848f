using CareBot.Storage.Documents;
using LiteDB;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// Whether two documents hold the same fields with the same values, and the first field where they don't. Moments are
/// compared as moments: LiteDB reads them back in local time, PostgreSQL's documents in UTC.
/// </summary>
internal static class DocumentComparison
{
    /// <summary>The path of the first field that differs ("Identities[1].Name"), or null when none does.</summary>
    public static string? FirstDifference(BsonValue expected, BsonValue actual, string path = "")
    {
        if (expected.IsDateTime && actual.IsDateTime)
        {
            return StoredDates.Read(expected) == StoredDates.Read(actual) ? null : Named(path);
        }

        if (expected.Type != actual.Type)
        {
            return Named(path);
        }

        if (expected.IsDocument)
        {
            var left = expected.AsDocument;
            var right = actual.AsDocument;
            foreach (var key in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
            {
                var field = path.Length == 0 ? key : $"{path}.{key}";
                if (!left.TryGetValue(key, out var leftValue) || !right.TryGetValue(key, out var rightValue))
                {
                    return field;
                }

                if (FirstDifference(leftValue, rightValue, field) is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected.IsArray)
        {
            var left = expected.AsArray;
            var right = actual.AsArray;
            if (left.Count != right.Count)
            {
                return Named(path);
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (FirstDifference(left[i], right[i], $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        return expected == actual ? null : Named(path);
    }

    private static string Named(string path) => path.Length == 0 ? "(the document)" : path;
}
