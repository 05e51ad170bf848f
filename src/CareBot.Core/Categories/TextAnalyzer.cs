using System.Text;

namespace CareBot.Core.Categories;

/// <summary>
/// Turns free text into comparable word stems: lower case, letters and digits only, apostrophes dropped
/// ("don't" reads as "dont"), each word stemmed by its language's <see cref="WordStemmer"/>.
/// </summary>
public static class TextAnalyzer
{
    public static IReadOnlyList<string> Stems(string text, WordStemmer stemmer)
    {
        var stems = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' && word.Length > 0)
            {
                continue;
            }
            else
            {
                Flush(word, stems, stemmer);
            }
        }

        Flush(word, stems, stemmer);
        return stems;
    }

    private static void Flush(StringBuilder word, List<string> stems, WordStemmer stemmer)
    {
        if (word.Length == 0)
        {
            return;
        }

        stems.Add(stemmer.Stem(word.ToString()));
        word.Clear();
    }
}
