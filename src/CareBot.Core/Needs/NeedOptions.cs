using System.Globalization;

namespace CareBot.Core.Needs;

/// <summary>
/// The options that may lead a need's text: "anon", "by friday", "zone north", "helpers 2", in any order.
/// A word is only taken as an option when what follows it makes sense, so "by the way" stays text.
/// </summary>
public sealed record NeedOptions(bool Anonymous, DateOnly? By, string? Zone, int HelpersWanted, string Text)
{
    public static NeedOptions Parse(string arguments, DateOnly today)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        bool anonymous = false;
        DateOnly? by = null;
        string? zone = null;
        var helpers = 1;
        var i = 0;
        while (i < words.Count)
        {
            var word = words[i].ToLowerInvariant();
            if (word is "anon" or "anonymous" or "anonymously")
            {
                anonymous = true;
                i++;
            }
            else if (word == "by" && i + 1 < words.Count && TryParseDate(words[i + 1], today, out var date))
            {
                by = date;
                i += 2;
            }
            else if (word == "zone" && i + 1 < words.Count)
            {
                zone = words[i + 1].ToLowerInvariant();
                i += 2;
            }
            else if (word == "helpers" && i + 1 < words.Count
                     && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                     && count >= 1)
            {
                helpers = count;
                i += 2;
            }
            else
            {
                break;
            }
        }

        return new NeedOptions(anonymous, by, zone, helpers, string.Join(' ', words.Skip(i)));
    }

    /// <summary>Keeps the line breaks of the original text, dropping only the leading options.</summary>
    public string TextFrom(string arguments)
    {
        if (Text.Length == 0)
        {
            return "";
        }

        // Skip the option words by position: searching for the text's first word would find it inside an
        // option ("a" in "anon", "2" in "helpers 2") and keep part of the options as text.
        var optionWords = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length
            - Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var index = 0;
        for (var skipped = 0; skipped < optionWords; skipped++)
        {
            index = SkipWord(arguments, index);
        }

        return arguments[index..].TrimStart(' ');
    }

    private static int SkipWord(string text, int index)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        while (index < text.Length && text[index] != ' ')
        {
            index++;
        }

        return index;
    }

    private static bool TryParseDate(string word, DateOnly today, out DateOnly date)
    {
        var lower = word.ToLowerInvariant().TrimEnd(',', '.');
        if (lower == "today")
        {
            date = today;
            return true;
        }

        if (lower == "tomorrow")
        {
            date = today.AddDays(1);
            return true;
        }

        if (Enum.TryParse<DayOfWeek>(lower, ignoreCase: true, out var day) && !int.TryParse(lower, out _))
        {
            var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
            date = today.AddDays(ahead == 0 ? 7 : ahead);
            return true;
        }

        return DateOnly.TryParseExact(lower, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date >= today;
    }
}
