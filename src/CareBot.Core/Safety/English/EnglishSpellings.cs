namespace CareBot.Core.Safety.English;

/// <summary>How English is typed in a hurry: contractions without apostrophes, the halves of split contractions, common misspellings and emoji, each mapped to the words the cues read.</summary>
internal static class EnglishSpellings
{
    public static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Contractions typed without an apostrophe ("isn't" arrives as "isnt" too).
        ["isnt"] = "is not", ["cant"] = "can not", ["cannot"] = "can not", ["cnt"] = "can not", ["dont"] = "do not", ["dnt"] = "do not",
        ["doesnt"] = "does not", ["dosnt"] = "does not", ["dosent"] = "does not", ["didnt"] = "did not", ["didint"] = "did not",
        ["wasnt"] = "was not", ["arent"] = "are not", ["werent"] = "were not", ["wont"] = "will not", ["wouldnt"] = "would not",
        ["couldnt"] = "could not", ["cudnt"] = "could not", ["shouldnt"] = "should not", ["havent"] = "have not", ["hasnt"] = "has not",
        ["hadnt"] = "had not", ["aint"] = "is not", ["gonna"] = "going to", ["wanna"] = "want to", ["gotta"] = "got to",
        ["im"] = "i am", ["ive"] = "i have", ["hes"] = "he is", ["shes"] = "she is", ["theyre"] = "they are", ["youre"] = "you are",
        ["itll"] = "it will", ["hell"] = "hell", ["theres"] = "there is", ["whos"] = "who is",

        // The second half of a contraction whose apostrophe split it: he'll, we're, I've, I'm, she'd, it's.
        ["ll"] = "will", ["re"] = "are", ["ve"] = "have", ["m"] = "am", ["d"] = "would", ["s"] = "is",

        // Chat shorthand.
        ["pls"] = "please", ["plz"] = "please", ["plez"] = "please", ["u"] = "you", ["ur"] = "your", ["rn"] = "right now", ["ppl"] = "people",
        ["abt"] = "about", ["bc"] = "because", ["cuz"] = "because", ["coz"] = "because", ["tmrw"] = "tomorrow", ["2nite"] = "tonight",
        ["tonite"] = "tonight", ["nite"] = "night", ["mins"] = "minutes", ["hrs"] = "hours", ["yrs"] = "years", ["yr"] = "year",
        ["yo"] = "year old", ["yos"] = "year old", ["od"] = "overdosed", ["oded"] = "overdosed", ["odd"] = "odd",

        // Misspellings too short, or too far, for the typo matcher.
        ["sucide"] = "suicide", ["suiside"] = "suicide", ["suicde"] = "suicide", ["seizer"] = "seizure", ["sezure"] = "seizure", ["siezure"] = "seizure",
        ["hart"] = "heart", ["atack"] = "attack", ["attak"] = "attack", ["attck"] = "attack", ["pils"] = "pills", ["pillz"] = "pills",
        ["breath"] = "breath", ["breth"] = "breath", ["brethe"] = "breathe", ["breate"] = "breathe", ["brathe"] = "breathe",
        ["bleed"] = "bleed", ["blead"] = "bleed", ["chokin"] = "choking", ["dieing"] = "dying", ["dyin"] = "dying", ["missin"] = "missing",
        ["cuting"] = "cutting", ["strok"] = "stroke", ["stroak"] = "stroke", ["fitt"] = "fit", ["gass"] = "gas", ["smel"] = "smell",
        ["nife"] = "knife", ["knive"] = "knife", ["kife"] = "knife", ["alseep"] = "asleep", ["mum"] = "mum", ["mam"] = "mum", ["mom"] = "mum",
        ["unalive"] = "kill", ["kys"] = "kill yourself",

        // Emoji that carry the meaning on their own.
        ["\U0001F198"] = "sos", ["\U0001F691"] = "ambulance", ["\U0001F525"] = "fire", ["\U0001F692"] = "fire engine", ["\U0001F52A"] = "knife",
        ["\U0001F5E1"] = "knife", ["\U0001F48A"] = "pills", ["\U0001FA78"] = "blood", ["\U0001F52B"] = "gun", ["\U0001F6A8"] = "sos",
        ["\U0001F693"] = "police", ["\U0001F694"] = "police", ["\u2620"] = "", ["\u26A0"] = "",
    };

    /// <summary>Long cue words worth recognising with a slip of the finger.</summary>
    public static readonly string[] TypoTargets =
    [
        "breathing", "breathe", "unconscious", "unresponsive", "suicidal", "suicide", "overdose", "overdosed", "overdosing", "seizure",
        "seizures", "seizing", "bleeding", "choking", "anaphylactic", "anaphylaxis", "ambulance", "collapsed", "drowning", "poisoned",
        "kidnapped", "paramedics", "paracetamol", "strangled", "strangling", "attacked", "threatened", "threatening", "threatens",
        "emergency", "monoxide", "breathin", "convulsing", "drooping", "slurring", "swallowed", "painkillers",
    ];

    /// <summary>Real words one slip from a cue word, which must stay what they are.</summary>
    public static readonly string[] RealWordsNearTypoTargets =
    [
        "breeding", "cooking", "bleeping", "overdone", "attached", "attaches", "threaten", "bleating", "breather", "breathes",
        "seizures", "emergence", "unconscionable", "drowsing", "poisoner", "strangler", "collapses", "swallows", "swallower",
        "choosing", "choking", "smoking",
    ];
}
