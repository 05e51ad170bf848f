using CareBot.Core.Safety;

namespace CareBot.Core.Needs;

/// <summary>
/// The options that may lead a need's text, in any order: "anon", "by friday", "zone north", "helpers 2". Parsing is
/// strict: an option word followed by a value that can't be understood or isn't allowed ("by yesterday", "helpers 0")
/// is a <see cref="Problem"/> with an example that works, never folded into the text. What counts as a value is
/// decided by the word after the option: after "by" a date word (see <see cref="ByDate"/>), after "helpers" a number
/// or an amount (see <see cref="HelperCount"/>), after "zone" any word (the group's zones are checked by the caller).
/// Any other word ends the options, so "by the way, my fridge broke" and "helpers needed…" stay text, as does an
/// option word once the text has begun.
/// </summary>
public sealed record NeedOptions(bool Anonymous, DateOnly? By, string? Zone, int HelpersWanted, string Text)
{
    /// <summary>No options: a need with a name, no date or zone, and one helper.</summary>
    public static NeedOptions None { get; } = new(false, null, null, 1, "");

    public static Result<NeedOptions> Parse(string arguments, DateOnly today)
    {
        var words = TextRules.Words(arguments).ToList();
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
            else if (word == "by" && ByDate.Read(words, i + 1, today) is (var used, var date))
            {
                if (!date.IsSuccess)
                {
                    return date.Problem;
                }

                by = date.Value;
                i += 1 + used;
            }
            else if (word == "zone" && i + 1 < words.Count)
            {
                zone = words[i + 1].ToLowerInvariant();
                i += 2;
            }
            else if (word == "helpers" && i + 1 < words.Count && HelperCount.Read(words[i + 1]) is { } count)
            {
                if (!count.IsSuccess)
                {
                    return count.Problem;
                }

                helpers = count.Value;
                i += 2;
            }
            else
            {
                break;
            }
        }

        return Result<NeedOptions>.Ok(new NeedOptions(anonymous, by, zone, helpers, string.Join(' ', words.Skip(i))));
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
        var optionWords = TextRules.Words(arguments).Length - TextRules.Words(Text).Length;
        var index = 0;
        for (var skipped = 0; skipped < optionWords; skipped++)
        {
            index = SkipWord(arguments, index);
        }

        return arguments[index..].TrimStart();
    }

    private static int SkipWord(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
