using System.Text.RegularExpressions;
using static CareBot.Core.Safety.English.EnglishWords;

namespace CareBot.Core.Safety.English;

/// <summary>English cues for a body in danger now: breathing, consciousness, heart, stroke, seizure, bleeding, choking, allergy, falls, drowning, overdose and poison.</summary>
internal static partial class EnglishMedicalCues
{
    public static IEnumerable<EmergencyCue> All =>
    [
        new("overdose", EmergencyKind.Overdose, Overdose(), Hints: ["overdos", "too m", "took", "taken", "takin", "swallowed", "got into", "chew", "necked", "downed", "injected", "ate", "eaten", "popped", "had", "drank", "drunk", "snorted"]),
        new("swallowed poison", EmergencyKind.Overdose, Poisoned()),
        new("breathing", EmergencyKind.Medical, Breathing(), Hints: ["breath", "pulse", "heartbeat", "blue", "grey", "gray", "purple", "gasping"]),
        new("unresponsive", EmergencyKind.Medical, Unresponsive(), Hints: ["unconscious", "unresponsive", "lifeless", "out cold", "passed out", "blacked out", "keeled", "knocked", "wak", "come round", "come around", "respond", "rouse", "moving", "collapsed", "fainted", "limp", "floppy", "dropped to"]),
        new("heart attack", EmergencyKind.Medical, HeartAttack()),
        new("chest pain", EmergencyKind.Medical, ChestPain(), OnlyIfNow: true),
        new("stroke", EmergencyKind.Medical, Stroke()),
        new("stroke signs", EmergencyKind.Medical, StrokeSigns(), OnlyIfNow: true),
        new("had an attack", EmergencyKind.Medical, HadAnAttack(), OnlyIfNow: true),
        new("seizure", EmergencyKind.Medical, Seizure()),
        new("bleeding", EmergencyKind.Medical, Bleeding()),
        new("choking", EmergencyKind.Medical, Choking()),
        new("allergic reaction", EmergencyKind.Medical, Anaphylaxis()),
        new("fall", EmergencyKind.Medical, Fall(), OnlyIfNow: true),
        new("drowning", EmergencyKind.Medical, Drowning()),
        new("dying", EmergencyKind.Medical, Dying(), Hints: ["dying"]),
        new("call an ambulance", EmergencyKind.Medical, CallForHelp(), Hints: ["ambulance", "ambulence", "paramedic", "999", "911", "112", "emergency", "cpr", "compressions"]),
    ];

    [GeneratedRegex(
        @"\boverdos\w*|\b(?:swallowed|ate|eaten|has eaten|got into|chewed|chewing) (?:\w+ ){0,4}" + Pills + @"|(?<=\b(?:took|taken|takin|swallowed|necked|downed|injected|ate|eaten|popped|had|has had|drank|drunk|snorted) (?:\w+ ){0,3})" +
        @"(?:too many|too much|double|triple|twice|extra|loads of|a load of|a lot of|lots of|all (?:of )?(?:her|his|my|the|their|mum is|dad is)|a (?:whole|full|entire) \w+ of|the whole \w+ of|every|\d\d+|twenty|thirty|forty|fifty|a handful of|handfuls of|a bunch of)(?: \w+){0,2} " + Pills +
        @"|\b(?:took|taken|swallowed|necked|downed) (?:a |the |her |his |my )?(?:whole|full|entire) (?:bottle|box|packet|pack|strip|tub|jar|blister)" +
        @"|\btoo many " + Pills + @"|\b" + Pills + @" (?:\w+ ){0,2}(?:too many|overdose)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Overdose();

    [GeneratedRegex(
        @"(?<!\b(?:food|monoxide|lead|blood|salmonella) )\bpoison(?:ed|ing)\b(?! ivy)|\b(?:swallowed|swallow|drank|drunk|drinking|ate|eaten|eating|licked|got into|sucked|bit into|chewed|chewing|swigged|has had|had some) (?:\w+ ){0,4}" + Poisons, RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Poisoned();

    [GeneratedRegex(
        @"\b(?:not|stopped|stop|no longer|barely|hardly|struggling to|struggles to|struggle to|trouble|difficulty|problems|unable to|can not|could not|fighting to|gasping for|fighting for)(?: properly)? (?:\w+ )?(?:breathing|breathe|breath|breathin)\b(?! (?:exercise|exercises|class|classes|technique|techniques|space|room|work))" +
        @"|\bcan not (?:get|catch) (?:my|his|her|their|a) breath|\b(?:turning|gone|going|turned) (?:blue|grey|gray|purple)\b" +
        @"|\bbreathing (?:is |has gone |sounds )?(?:really |very |all )?(?:weird|funny|strange|shallow|raspy|rattly|rattling|noisy|laboured|labored|wrong)\b|\bgasping\b|\b(?:no|can not find a|can not feel a|not got a) (?:pulse|heartbeat)\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Breathing();

    [GeneratedRegex(
        @"\b(?:unconscious|unresponsive|lifeless|out cold|passed out|blacked out|keeled over|knocked (?:him|her|them|himself|herself|themselves) out|been knocked out)\b" +
        @"|\b(?:will|would|does|is|can|did) not (?:wake|come round|come around|respond|rouse)\b(?! (?:for|in time|on time|early|before|til|till|until))|\bnot waking\b(?! up (?:for|in time|early))|\bcan not (?:wake|rouse) (?:him|her|them|my \w+)" +
        @"|\b(?:lying|laying|lay) (?:on|in) the (?:floor|ground|road|street|bath) (?:and )?(?:not moving|not responding|unconscious)|" + WhoBefore + @"(?:not responding|not moving|collapsed|fainted|went limp|gone limp|is limp|floppy|fell unconscious|stopped moving|dropped to the floor)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Unresponsive();

    [GeneratedRegex(@"(?<!\b(?:had|has had|have had|having had|after|since|from|of) (?:a |an |another |his |her |their |my )?(?:\w+ )?)\b(?:heart attack|cardiac arrest)|\bleft arm (?:\w+ ){0,2}(?:numb|tingling|hurts|aching|pain|dead|heavy)|\bpain (?:\w+ ){0,3}(?:down|in) (?:his|her|my|their) (?:left )?(?:arm|jaw)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex HeartAttack();

    [GeneratedRegex(@"\bchest (?:pain|pains|is (?:really |very |so )?(?:tight|hurting|sore|crushing|heavy)|tightness|feels (?:tight|heavy|crushed)|hurts|hurting|pressure)|\b(?:pain|pains|tightness|pressure) in (?:my|his|her|their|the) chest|\bcrushing (?:pain|chest)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex ChestPain();

    [GeneratedRegex(@"\b(?:having|just had|think(?: \w+){0,4}|might be(?: having)?|could be(?: having)?|looks like|signs of|symptoms of|think it is) (?:a |another )?stroke\b|\bstroke (?:symptoms|signs)\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Stroke();

    [GeneratedRegex(
        @"\b(?:face|mouth|eye|lip|smile) (?:\w+ ){0,2}(?:drooping|droopy|dropped|dropping|fallen|lopsided|sagging|gone funny|gone numb)|\b(?:drooping|droopy) (?:face|mouth|eye)|\bslurr\w*|\bspeech (?:is |has gone |gone )?(?:all )?(?:slurred|funny|weird|garbled|jumbled)" +
        @"|\b(?:can not|could not) (?:lift|move|feel|raise) (?:his|her|my|their|one) (?:left |right )?(?:arm|side|leg|hand)|\bone side (?:of (?:his|her|my|their) (?:face|body|mouth) )?(?:\w+ ){0,2}(?:numb|weak|drooping|dropped|not working|limp|gone)" +
        @"|\b(?:left|right) side (?:\w+ ){0,2}(?:numb|weak|drooping|dropped|not working|limp|paralysed|paralyzed)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex StrokeSigns();

    [GeneratedRegex(@"\b(?:had|has had|has just had|have had) (?:a |another |an )?(?:heart attack|stroke|seizure|fit|bad fall|fall|cardiac arrest)\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex HadAnAttack();

    [GeneratedRegex(
        @"\b(?:having|started|is in|in the middle of|another|keeps having) (?:a |another )?(?:seizure|fit|convulsion|convulsions|epileptic fit|grand mal)\b(?! (?:about|over|when|if|because))|\bseizing\b|\bconvuls\w*|\bseizures? (?:\w+ ){0,3}(?:will not stop|not stopping|for \w+ minutes|over \w+ minutes|longer than|now)" +
        @"|\b(?:shaking|jerking|twitching) (?:all over|uncontrollably|and (?:can not|not|will not))|\b(?:is|he is|she is|keeps|started|been) fitting\b(?= *$| (?:and|again|now|on the|right|badly|for))", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Seizure();

    [GeneratedRegex(
        @"\bbleed\w* (?:\w+ ){0,2}(?:a lot|badly|heavily|everywhere|out|profusely|so much|so bad|like crazy|non stop|nonstop|loads|really bad|lots|from (?:his|her|my|the|their) (?:head|neck|mouth|ears?|eyes?)|and (?:will|can|does|would) not stop|to death)" +
        @"|\b(?:blood|bleeding|it) (?:\w+ ){0,2}(?:will not|would not|does not|is not|not|can not) (?:stop|stopping)\b(?! (?:us|me|him|her|them))|\b(?:can not|could not) stop (?:the |it |him |her )?bleeding|\b(?:lost|losing) (?:a lot of|so much|loads of|lots of) blood" +
        @"|\bblood (?:everywhere|all over|pouring|gushing|spurting|is pouring|is gushing)|\b(?:so much|lots of|loads of|pool of) blood|\bpouring (?:with |out )?blood|\b(?:deep|big|bad|huge|gaping) (?:cut|gash|wound|stab wound)|\b(?:coughing|vomiting|throwing|spitting) up blood|\b(?:gushing|spurting)\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Bleeding();

    [GeneratedRegex(@"\bchok(?:ing|ed|es|e)\b(?! (?:hazard|hazards|chain|collar|up|back|on (?:my|his|her) words))|\b(?:something|food|a \w+) (?:is )?stuck in (?:his|her|my|the baby is|their) (?:throat|windpipe)|\bheimlich", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Choking();

    [GeneratedRegex(
        @"\banaphyla\w*|\b(?:having|is having|gone into|going into|severe|bad|serious|massive) (?:an |a )?(?:allergic reaction|reaction)|\bthroat (?:\w+ ){0,2}(?:closing|swelling|swollen|swelled|tight|tightening|closing up)" +
        @"|\b(?:tongue|lips|face|mouth) (?:\w+ ){0,2}(?:swelling up|swelled up|puffing up|blowing up|swelling|swollen)\b(?= *$| (?:and|after|from|can|he|she|i|it|now|fast|quickly|up))|\b(?:used|using|give|gave|need|needs|used his|used her) (?:his|her|my|an|the|their)? ?epi ?pens?\b(?! (?:prescription|renewed|collected|refill))" +
        @"|\b(?:stung|sting|bitten|peanuts?|nuts|shellfish|wasp|bee) (?:\w+ ){0,5}(?:can not breathe|swelling up|throat|hives everywhere)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Anaphylaxis();

    [GeneratedRegex(
        @"\b(?:fallen|fell|fall|slipped|tripped|collapsed|on the floor|on the ground|on the bathroom floor)\b(?:\w| )*\b(?:can not|could not|unable to|cannot|will not be able to) (?:get|stand|move|lift|pick|reach)" +
        @"|\b(?:can not|could not|unable to) (?:get|lift|pick) (?:him|her|them|myself|me|my \w+) (?:back )?up|\b(?:hit|banged|smashed|cracked) (?:his|her|my|their) head (?:\w+ ){0,8}(?:bleeding|confused|vomiting|sick|unconscious|drowsy|not making sense|blood)" +
        @"|\b(?:broken|broke|snapped) (?:his|her|my|their) (?:hip|neck|back|femur)|\bfell (?:down|off) (?:the )?(?:stairs|ladder|roof)|\b(?:been )?(?:lying|laying) on the (?:floor|ground) (?:for|since|all)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Fall();

    [GeneratedRegex(
        @"\bdrown\w*\b(?! in (?!(?:the )?(?:water|river|sea|lake|pool|canal|bath|pond)))|\b(?:pulled|went|gone|go|going) under (?:the )?water|\bface ?down in (?:the )?(?:water|pool|bath|pond)" +
        @"|\b(?:fell|fallen|jumped|slipped|is|went) in(?:to)? the (?:river|canal|lake|sea|pond|pool|water|quarry|reservoir)\b|\bswept (?:away|out) (?:by|to)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Drowning();

    [GeneratedRegex(@"\b(?:he|she|my (?:\w+ ){0,3}" + Kin + @") (?:is |are |might be |could be |think is )(?:\w+ ){0,2}dying\b(?! (?:to|for|of (?:boredom|laughter|embarrassment|thirst|hunger|curiosity)))|\bi (?:think i )?am dying\b(?! (?:to|for|of|here|in this|laughing))", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Dying();

    [GeneratedRegex(
        @"\b(?:call|ring|phone|dial|get|need|needs|send|called|calling|rang|ringing|waiting for) (?:an |a |the |for an |for the )?(?:ambulance|ambulence|paramedics|999|911|112|emergency services)\b" +
        @"|\bambulance (?:\w+ ){0,2}(?:on (?:its|the) way|coming|taking|now|asap|please|not here|is not here|has not)|\b(?:this is|it is|its|having) (?:a |an )?(?:medical )?emergency\b(?! (?:fund|funds|plumber|locksmith|electrician|vet|dentist|contact|kit))" +
        @"|\bmedical emergency\b|\b(?:doing|giving|started|start|do|doin) (?:cpr|compressions|chest compressions)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex CallForHelp();
}
