namespace CareBot.Core.Safety;

/// <summary>
/// Recognises a long cue word typed with one slip (a letter missing, extra, wrong or swapped), two for very long
/// words. Real words that happen to sit one slip away ("breeding" from "bleeding") are listed and left alone.
/// </summary>
public sealed class TypoMatcher(IEnumerable<string> words, IEnumerable<string> realWordsNearby)
{
    private const int ShortestWord = 7;

    private readonly string[] _words = [.. words];
    private readonly HashSet<string> _wordSet = new(words, StringComparer.Ordinal);
    private readonly HashSet<string> _realWords = new(realWordsNearby, StringComparer.Ordinal);

    public string? Correct(string token)
    {
        if (token.Length < ShortestWord || _realWords.Contains(token) || _wordSet.Contains(token))
        {
            return null;
        }

        foreach (var word in _words)
        {
            var allowed = word.Length >= 10 && token.Length >= 10 ? 2 : 1;
            if (word[0] == token[0] && Math.Abs(word.Length - token.Length) <= allowed && Distance(word, token, allowed) <= allowed)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Edits from one word to the other, counting a swap of neighbours as one; stops early past the limit.</summary>
    private static int Distance(string a, string b, int limit)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        Span<int> beforePrevious = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                best = Math.Min(best, value);
            }

            if (best > limit)
            {
                return best;
            }

            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}
