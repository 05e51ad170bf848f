namespace CareBot.Composition;

/// <summary>How many single-letter edits turn one word into another, so a mistyped <c>consol</c> can be answered "did you mean console?".</summary>
internal static class WordDistance
{
    public static bool AtMost(string typed, string known, int edits) =>
        Math.Abs(typed.Length - known.Length) <= edits && Distance(typed.ToLowerInvariant(), known) <= edits;

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
