using System.Globalization;

namespace CareBot.Core.Needs;

/// <summary>
/// Reads the count after a need's "helpers". A number (digits, signed or not, or one to ten in words) or a word for
/// an amount (lots, many, several, some…) makes it the option, refused unless it is 1 to
/// <see cref="Need.MaxHelpersWanted"/>; any other word ("helpers needed to…") leaves "helpers" as text.
/// </summary>
internal static class HelperCount
{
    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly HashSet<string> Amounts = new(StringComparer.Ordinal)
    {
        "lots", "lot", "many", "several", "some", "few", "couple", "plenty", "multiple", "loads", "more", "all", "heaps",
    };

    /// <summary>The count, or why it can't be one; null when the word is not about a number.</summary>
    public static Result<int>? Read(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd(',', '.');
        var named = Array.IndexOf(NumberWords, lower);
        if (named >= 0)
        {
            return Result<int>.Ok(named + 1);
        }

        var numeric = lower.Length > 0 && (char.IsAsciiDigit(lower[0]) || (lower.Length > 1 && lower[0] is '-' or '+' && char.IsAsciiDigit(lower[1])));
        if (!numeric && !Amounts.Contains(lower))
        {
            return null;
        }

        if (!int.TryParse(lower, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            return Result<int>.Fail($"I couldn't read \"{Clip(word)}\" as a number of helpers. Try helpers 2 (a need can ask for up to {Need.MaxHelpersWanted}).");
        }

        if (count < 1)
        {
            return Result<int>.Fail($"A need asks for at least 1 helper, so \"helpers {Clip(word)}\" can't work. Try helpers 2, or leave it out to ask for one.");
        }

        return count > Need.MaxHelpersWanted
            ? Result<int>.Fail($"A need can ask for up to {Need.MaxHelpersWanted} helpers; for more, it may help to post it as several needs. Try helpers {Need.MaxHelpersWanted}.")
            : Result<int>.Ok(count);
    }

    private static string Clip(string text) => text.Length <= 20 ? text : text[..19] + "…";
}
