using System.Globalization;
using System.Text;
using CareBot.Core.Members;

namespace CareBot.Core.Safety;

/// <summary>
/// Whether a text names a member: any word of one of their display names, their full name, or a mention of one of their
/// accounts. Used before posting words about an anonymous need; it errs towards seeing a name (a "Rose" in "a rose")
/// because the cost of that is only a private question, while the cost of missing one is an unmasked person.
/// </summary>
internal static class NamesInText
{
    private const int ShortestName = 2;

    public static bool Names(string text, Member member)
    {
        var words = WordsOf(text).ToHashSet(StringComparer.Ordinal);
        var folded = string.Join(' ', WordsOf(text));
        foreach (var identity in member.Identities)
        {
            // A platform mention (<@123…> on Discord) carries the account id, not the name.
            if (identity.UserId.Length >= 5 && text.Contains(identity.UserId, StringComparison.Ordinal))
            {
                return true;
            }

            var nameWords = WordsOf(identity.DisplayName).ToList();
            if (nameWords.Count > 1 && folded.Contains(string.Join(' ', nameWords), StringComparison.Ordinal))
            {
                return true;
            }

            if (nameWords.Any(w => w.Length >= ShortestName && words.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words with accents folded, so "Zoë", "zoe" and "ZOE!" are one word.</summary>
    private static IEnumerable<string> WordsOf(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
