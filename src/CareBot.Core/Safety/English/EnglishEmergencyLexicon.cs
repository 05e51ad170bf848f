using System.Text.RegularExpressions;

namespace CareBot.Core.Safety.English;

/// <summary>English, as people type it in a group chat: lower case, no apostrophes, typos, emoji, UK and US words.</summary>
public sealed class EnglishEmergencyLexicon : IEmergencyLexicon
{
    private EnglishEmergencyLexicon()
    {
    }

    public static EnglishEmergencyLexicon Instance { get; } = new();

    public IReadOnlyDictionary<string, string> Spellings => EnglishSpellings.Words;

    public IReadOnlySet<string> ClauseBreaks { get; } = new HashSet<string>(
        ["but", "however", "although", "though", "anyway", "anyways", "btw", "ps", "meanwhile", "also", "otherwise"], StringComparer.Ordinal);

    public TypoMatcher Typos { get; } = new(EnglishSpellings.TypoTargets, EnglishSpellings.RealWordsNearTypoTargets);

    public IReadOnlyList<EmergencyCue> Cues { get; } = [.. EnglishMedicalCues.All, .. EnglishDangerCues.All];

    // A calming pattern that runs out of time calms nothing: the alarm stands, and the person is asked privately.
    public bool Calms(string clause) =>
        BoundedMatch.IsMatch(EnglishCalm.Calming(), clause, whenUnsure: false)
        || BoundedMatch.IsMatch(EnglishCalm.OtherSenses(), clause, whenUnsure: false)
        || BoundedMatch.IsMatch(EnglishCalm.CalmingIdioms(), clause, whenUnsure: false);

    public bool Reassures(string clause) => BoundedMatch.IsMatch(EnglishCalm.Reassurance(), clause, whenUnsure: false);
}
