using System.Globalization;

namespace CareBot.Core.Needs;

/// <summary>
/// Reads the date after a need's "by". The rule that tells an option from text: after "by", a word that is clearly about
/// a date makes a date option, and that option is refused unless it names a day from today on. Date words are day and
/// month names (three-letter forms too; "may" only next to a number), today, tonight, tomorrow, yesterday, weekend,
/// vague times (soon, someday, sometime, asap, later, morning, evening, week, month…), this/next/last/coming/the
/// followed by one of those, and anything that starts with a digit. Any other word ("by the way") leaves "by" as text.
/// Understood: today and tonight (today), tomorrow, a day name (the coming one; today's own name means a week ahead),
/// weekend, this weekend and the weekend (the coming Saturday, today on a weekend day), next weekend (a week later),
/// this week (the coming Sunday), next week (next Monday), this friday, 2026-12-24, 24/12, 24.12.2026, 24-12-26,
/// 24 dec, 24th of december, dec 24, the 24th. A date without a year is its nearest occurrence: in November 15/01
/// is next January, while 20/11 is this month's and already past, so refused.
/// </summary>
internal static class ByDate
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12]
        .Select(m => m.ToLowerInvariant()).ToArray();

    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "someday", "sometime", "soon", "asap", "eventually", "whenever", "later", "morning", "afternoon", "evening",
        "noon", "midnight", "week", "month", "year",
    };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "this", "next", "last", "coming", "the" };

    /// <summary>
    /// The words the date takes and the date (or why it can't be one); null when the word after "by" is not about a date.
    /// </summary>
    public static (int Words, Result<DateOnly> Date)? Read(IReadOnlyList<string> words, int start, DateOnly today)
    {
        var first = Word(words, start);
        if (Qualifiers.Contains(first))
        {
            var next = Word(words, start + 1);
            return IsDateWord(next, Word(words, start + 2)) ? Qualified(words, start, today) : null;
        }

        return IsDateWord(first, Word(words, start + 1)) ? Plain(words, start, today) : null;
    }

    /// <summary>"Try by friday, by tomorrow or by 2026-12-24": the ISO example is the coming 24 December.</summary>
    public static string Examples(DateOnly today)
    {
        var christmasEve = new DateOnly(today.Year, 12, 24);
        var example = christmasEve >= today ? christmasEve : christmasEve.AddYears(1);
        return $"Try by friday, by tomorrow or by {example:yyyy-MM-dd}.";
    }

    private static (int, Result<DateOnly>) Qualified(IReadOnlyList<string> words, int start, DateOnly today)
    {
        var qualifier = Word(words, start);
        var what = Word(words, start + 1);
        DateOnly? date = (qualifier, what) switch
        {
            ("this" or "coming" or "the", "weekend") => Weekend(today),
            ("next", "weekend") => Weekend(today).AddDays(7),
            ("this", "week") => today.AddDays((7 - (int)today.DayOfWeek) % 7),
            ("next", "week") => today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7),
            ("this" or "coming", _) when DayOf(what) is { } day => Coming(today, day),
            _ => null,
        };
        if (date is { } known)
        {
            return (2, Result<DateOnly>.Ok(known));
        }

        // "the 24th", "the 24 dec": "the" adds nothing. "next friday" is read two ways by people, so it is refused.
        if (qualifier == "the" && !Qualifiers.Contains(what))
        {
            var (used, rest) = Plain(words, start + 1, today);
            return (used + 1, rest.IsSuccess ? rest : Unreadable(words, start, used + 1, today));
        }

        return (2, Unreadable(words, start, 2, today));
    }

    private static (int, Result<DateOnly>) Plain(IReadOnlyList<string> words, int start, DateOnly today)
    {
        var word = Word(words, start);
        DateOnly? date = word switch
        {
            "today" or "tonight" => today,
            "tomorrow" => today.AddDays(1),
            "weekend" => Weekend(today),
            _ when DayOf(word) is { } day => Coming(today, day),
            _ => null,
        };
        if (date is { } known)
        {
            return (1, Result<DateOnly>.Ok(known));
        }

        var (used, found) = Calendar(words, start, today);
        return found is { } day2 && day2 >= today ? (used, Result<DateOnly>.Ok(day2)) : (used, Unreadable(words, start, used, today));
    }

    /// <summary>Calendar dates: 2026-12-24, 24/12[/2026], 24 dec, 24th of dec, dec 24, 24th. Null when not a real day.</summary>
    private static (int Words, DateOnly? Date) Calendar(IReadOnlyList<string> words, int start, DateOnly today)
    {
        var word = Word(words, start);
        if (MonthOf(word) is { } month)
        {
            return DayNumber(Word(words, start + 1)) is { } dayOfMonth ? (2, Nearest(today, month, dayOfMonth)) : (1, null);
        }

        if (DayNumber(word) is { } day)
        {
            var of = Word(words, start + 1) == "of" ? 1 : 0;
            if (MonthOf(Word(words, start + 1 + of)) is { } monthAfter)
            {
                return (2 + of, Nearest(today, monthAfter, day));
            }

            return char.IsAsciiDigit(word[^1]) ? (1, null) : (1, NearestDayOfMonth(today, day));
        }

        return (1, Numeric(word, today));
    }

    /// <summary>2026-12-24, or day first: 24/12, 24.12.2026, 24-12-26.</summary>
    private static DateOnly? Numeric(string word, DateOnly today)
    {
        var parts = word.Split('/', '.', '-');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit) || p.Length > 4))
        {
            return null;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts[0].Length == 4)
        {
            return parts.Length == 3 ? Exact(numbers[0], numbers[1], numbers[2]) : null;
        }

        if (parts.Length == 2)
        {
            return Nearest(today, numbers[1], numbers[0]);
        }

        var year = parts[2].Length == 2 ? 2000 + numbers[2] : numbers[2];
        return parts[2].Length is 2 or 4 ? Exact(year, numbers[1], numbers[0]) : null;
    }

    private static DateOnly? Exact(int year, int month, int day) =>
        year is >= 1 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The occurrence of a day and month closest to today (last year's, this year's or next year's).</summary>
    private static DateOnly? Nearest(DateOnly today, int month, int day) =>
        Closest(today, Enumerable.Range(-1, 3).Select(offset => Exact(today.Year + offset, month, day)));

    /// <summary>"the 24th": that day in the month closest to today.</summary>
    private static DateOnly? NearestDayOfMonth(DateOnly today, int day) =>
        Closest(today, Enumerable.Range(-1, 3).Select(offset => today.AddMonths(offset)).Select(d => Exact(d.Year, d.Month, day)));

    private static DateOnly? Closest(DateOnly today, IEnumerable<DateOnly?> candidates) =>
        candidates.OfType<DateOnly>().OrderBy(d => Math.Abs(d.DayNumber - today.DayNumber)).ThenByDescending(d => d).Cast<DateOnly?>().FirstOrDefault();

    private static DateOnly Coming(DateOnly today, DayOfWeek day)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly Weekend(DateOnly today) => today.DayOfWeek switch
    {
        DayOfWeek.Saturday or DayOfWeek.Sunday => today,
        _ => today.AddDays(DayOfWeek.Saturday - today.DayOfWeek),
    };

    private static Result<DateOnly> Unreadable(IReadOnlyList<string> words, int start, int count, DateOnly today)
    {
        var phrase = string.Join(' ', Enumerable.Range(start, Math.Min(count, words.Count - start)).Select(i => words[i].TrimEnd(',', '.')));
        return Result<DateOnly>.Fail($"I couldn't read \"{Clip(phrase)}\" as a date in the future. {Examples(today)}");
    }

    private static bool IsDateWord(string word, string next) =>
        word.Length > 0
        && (char.IsAsciiDigit(word[0])
            || word is "today" or "tonight" or "tomorrow" or "yesterday" or "weekend"
            || Vague.Contains(word)
            || DayOf(word) is not null
            || (MonthOf(word) is not null && (word != "may" || (next.Length > 0 && char.IsAsciiDigit(next[0])))));

    private static DayOfWeek? DayOf(string word)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString().ToLowerInvariant();
            if (word == name || word == name[..3] || (word is "tues" && day == DayOfWeek.Tuesday) || (word is "thur" or "thurs" && day == DayOfWeek.Thursday))
            {
                return day;
            }
        }

        return null;
    }

    private static int? MonthOf(string word)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (word == MonthNames[i] || word == MonthNames[i][..3] || (word == "sept" && i == 8))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>"24", "24th", "1st": a day of the month, 1 to 31.</summary>
    private static int? DayNumber(string word)
    {
        var digits = word.Length > 2 && word[^2..] is "st" or "nd" or "rd" or "th" ? word[..^2] : word;
        return digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit) && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var day
            ? day
            : null;
    }

    private static string Word(IReadOnlyList<string> words, int index) =>
        index < words.Count ? words[index].ToLowerInvariant().TrimEnd(',', '.') : "";

    private static string Clip(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
