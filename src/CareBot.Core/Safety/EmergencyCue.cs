using System.Text.RegularExpressions;

namespace CareBot.Core.Safety;

/// <summary>
/// One way a language says "danger now": who or what, and a state (someone + isn't breathing). A cue that
/// <paramref name="OnlyIfNow"/> is true for (had a stroke, broke into the shed) is an emergency only when
/// nothing in the whole message places it in the past or calls it not urgent; the other cues yield only to
/// a calming word in their own clause. <paramref name="Hints"/>, when given, are pieces of text every match
/// contains: a clause without any of them skips the pattern, which keeps the detector fast on ordinary needs.
/// </summary>
public sealed record EmergencyCue(string Name, EmergencyKind Kind, Regex Pattern, bool OnlyIfNow = false, string[]? Hints = null)
{
    /// <summary>
    /// How long one pattern may take on one clause. People's text must never hang the bot: a pattern that runs out of
    /// time (every time it is tried) counts as a match, because asking privately is the safe answer when CareBot cannot tell.
    /// </summary>
    public const int TimeoutMilliseconds = 200;

    public bool Matches(string clause)
    {
        if (Hints is not null && !Array.Exists(Hints, hint => clause.Contains(hint, StringComparison.Ordinal)))
        {
            return false;
        }

        return BoundedMatch.IsMatch(Pattern, clause, whenUnsure: true);
    }
}
