namespace CareBot.Core.Categories;

/// <summary>
/// Turns free text into comparable word stems: lower case, letters and digits only, and plural or
/// -ing endings folded, so "rides", "riding" and "ride" meet. Deliberately light: it only has to make
/// a neighbour's words land on the same category.
/// </summary>
public static class TextAnalyzer
{
    public static IReadOnlyList<string> Stems(string text)
    {
        var stems = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c == '\'' && word.Length > 0)
            {
                continue;
            }
            else
            {
                Flush(word, stems);
            }
        }

        Flush(word, stems);
        return stems;
    }

    public static string Stem(string word)
    {
        var w = word;
        var cut = false;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
            cut = true;
        }
        else if (w.Length > 4 && (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
                 || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
            cut = true;
        }

        // "riding" -> "rid" -> "ride": a short stem an ending was cut from gets back the silent e it lost, so it
        // meets "ride" and not "rid" (as in "get rid of"); likewise "caring" meets "care", never "car".
        if (cut && w.Length == 3 && IsConsonant(w[0]) && !IsConsonant(w[1]) && IsConsonant(w[2]) && w[2] is not ('w' or 'x' or 'y'))
        {
            w += "e";
        }

        // "drive" and "driving" meet at "driv". Short words keep their e, so "care" stays apart from "car".
        if (w.Length > 4 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        // "babysitting" -> "babysitt" -> "babysit", "running" -> "runn" -> "run": fold the doubled consonant an ending leaves behind.
        if ((w.Length > 4 || (cut && w.Length > 3)) && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z'))
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool IsConsonant(char c) => char.IsAsciiLetterLower(c) && c is not ('a' or 'e' or 'i' or 'o' or 'u');

    private static void Flush(System.Text.StringBuilder word, List<string> stems)
    {
        if (word.Length == 0)
        {
            return;
        }

        stems.Add(Stem(word.ToString()));
        word.Clear();
    }
}
