using System.Globalization;
using System.Text;

namespace CareBot.Core.Safety;

/// <summary>
/// Turns what people type into clauses of plain lower-case words the cues can read: "My neighbour ISNT
/// breeeathing!!! 🆘" becomes "my neighbour is not breathing | sos". Sentence ends, commas and turning words
/// ("but") close a clause; hyphens and other marks separate words; three or more repeated letters become two;
/// an emoji is a word of its own; each word is then respelled by the lexicon or corrected for one typo.
/// </summary>
internal static class EmergencyText
{
    public static List<string> Clauses(string text, IEmergencyLexicon lexicon)
    {
        var clauses = new List<string>();
        var clause = new StringBuilder(text.Length + 16);
        var word = new StringBuilder(24);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var lower = char.ToLowerInvariant(c);
                if (!(word.Length >= 2 && word[^1] == lower && word[^2] == lower))
                {
                    word.Append(lower);
                }
            }
            else if (IsApostrophe(c) && word.Length > 0 && IsNot(text, i))
            {
                // "isn't" stays one word ("isnt") for the lexicon to respell; "he'll" splits so it never reads as "hell".
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AddWord(word, clause, clauses, lexicon);
                word.Append(c).Append(text[i + 1]);
                i++;
                AddWord(word, clause, clauses, lexicon);
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                AddWord(word, clause, clauses, lexicon);
                word.Append(c);
                AddWord(word, clause, clauses, lexicon);
            }
            else
            {
                AddWord(word, clause, clauses, lexicon);
                if (c is '.' or '!' or '?' or ';' or ':' or ',' or '\n' or '(' or ')')
                {
                    EndClause(clause, clauses);
                }
            }
        }

        AddWord(word, clause, clauses, lexicon);
        EndClause(clause, clauses);
        return clauses;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';

    /// <summary>Whether the apostrophe at <paramref name="at"/> is the one in "n't": followed by a lone t.</summary>
    private static bool IsNot(string text, int at) =>
        at + 1 < text.Length && text[at + 1] is 't' or 'T' && (at + 2 == text.Length || !char.IsLetter(text[at + 2]));

    private static void AddWord(StringBuilder word, StringBuilder clause, List<string> clauses, IEmergencyLexicon lexicon)
    {
        if (word.Length == 0)
        {
            return;
        }

        var token = word.ToString();
        word.Clear();
        if (lexicon.ClauseBreaks.Contains(token))
        {
            EndClause(clause, clauses);
            return;
        }

        if (lexicon.Spellings.TryGetValue(token, out var respelled))
        {
            token = respelled;
        }
        else if (lexicon.Typos.Correct(token) is { } corrected)
        {
            token = corrected;
        }

        if (token.Length == 0)
        {
            return;
        }

        if (clause.Length > 0)
        {
            clause.Append(' ');
        }

        clause.Append(token);
    }

    private static void EndClause(StringBuilder clause, List<string> clauses)
    {
        if (clause.Length > 0)
        {
            clauses.Add(clause.ToString());
            clause.Clear();
        }
    }
}
