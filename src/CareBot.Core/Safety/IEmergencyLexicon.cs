namespace CareBot.Core.Safety;

/// <summary>
/// How one language talks about danger. The detector does the language-neutral work (lower case, clauses,
/// emoji, repeated letters); a lexicon says how its words are spelled and misspelled, where a clause turns
/// ("but"), which cues mean danger now, and which words calm a clause (negation, past time, idioms).
/// </summary>
public interface IEmergencyLexicon
{
    /// <summary>Canonical words for contractions, misspellings and emoji: "isnt" → "is not", "🔥" → "fire".</summary>
    IReadOnlyDictionary<string, string> Spellings { get; }

    /// <summary>Words that start a new clause, so a negation or past time before them stays behind.</summary>
    IReadOnlySet<string> ClauseBreaks { get; }

    /// <summary>Long cue words worth recognising with one typo ("unconsious"), unless the typo is itself a word here.</summary>
    TypoMatcher Typos { get; }

    IReadOnlyList<EmergencyCue> Cues { get; }

    /// <summary>Negation, past time, idioms and other senses: a clause they calm raises no alarm.</summary>
    bool Calms(string clause);

    /// <summary>Past, history, managed care or "not urgent" anywhere in a message: silences the cues that are only an emergency now.</summary>
    bool Reassures(string clause);
}
