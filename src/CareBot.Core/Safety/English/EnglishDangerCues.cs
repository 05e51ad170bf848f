using System.Text.RegularExpressions;
using static CareBot.Core.Safety.English.EnglishWords;

namespace CareBot.Core.Safety.English;

/// <summary>English cues for danger from oneself, from others, from fire or gas, and for a missing person.</summary>
internal static partial class EnglishDangerCues
{
    public static IEnumerable<EmergencyCue> All =>
    [
        new("fire", EmergencyKind.FireOrGas, Fire(), Hints: ["fire", "flame", "burning", "alight", "ablaze", "explod", "sparking", "smok", "blaze"]),
        new("gas", EmergencyKind.FireOrGas, Gas()),
        new("threat", EmergencyKind.Violence, Threat(), Hints: ["hurt", "kill", "beat", "batter", "stab", "attack", "shoot", "strangle", "choke", "hit", "rape", "burn", "murder", "harm", "punch", "kick", "smash", "end", "threat"]),
        new("attack", EmergencyKind.Violence, Attack(), Hints: ["hurt", "hit", "punch", "kick", "beat", "batter", "strangl", "chok", "attack", "stab", "slap", "assault", "rap", "throttl", "bit", "drag", "thr", "pinn", "knock", "push", "shov", "violen", "abus", "fight", "shooting", "mugged", "followed", "stalked"]),
        new("weapon", EmergencyKind.Violence, Weapon(), Hints: ["threw", "throwing", "swung", "swinging", "knife", "knives", "gun", "weapon", "machete", "blade", "bat", "hammer", "axe", "crowbar", "firearm", "pistol", "rifle"]),
        new("break-in", EmergencyKind.Violence, BreakIn()),
        new("broken into", EmergencyKind.Violence, BrokenInto(), OnlyIfNow: true),
        new("held", EmergencyKind.Violence, Held()),
        new("unsafe", EmergencyKind.Violence, Unsafe(), Hints: ["scared", "afraid", "frightened", "terrified", "fear", "worried", "petrified", "danger", "safe", "following", "stalk", "watching", "threatening", "police", "life", "going to"]),
        new("missing", EmergencyKind.Missing, Missing(), Hints: ["missing", "disappeared", "vanished", "ran away", "run away", "come home", "came home", "come back", "came back", "not back", "wander", "walked", "walkabout", "lost", "nowhere", "got out", "find", "see", "reach", "locate", "knows where", "dementia", "alzheimer", "amber"]),
        new("suicidal", EmergencyKind.SuicideOrSelfHarm, Suicidal()),
        new("hopeless", EmergencyKind.SuicideOrSelfHarm, Hopeless()),
        new("self-harm", EmergencyKind.SuicideOrSelfHarm, SelfHarm()),
    ];

    [GeneratedRegex(
        @"(?<=\b(?:house|home|flat|apartment|kitchen|building|block|room|bedroom|lounge|living room|garage|shed|car|van|roof|chimney|barn|place|stairwell|hallway|hall|next door|neighbours|neighbors|neighbour|curtains|sofa|oven|pan|chip pan|toaster|microwave|bin|wiring|socket|plug|loft|attic|upstairs|downstairs|caravan|boat|ceiling|cooker|hob|fridge|dryer|tumble dryer|heater|charger|battery|e ?bike|scooter|laptop|mattress|bed|it|everything|garden|hedge|fence|tree|woods|field)\b (?:\w+ ){0,3})(?:is |are |has |just |have |went |gone |has gone |caught |keeps )?(?:on fire|caught fire|catching fire|burning(?! smell| sensation)|in flames|alight|ablaze|up in flames|going up in flames|exploded|is sparking|smoking)\b" +
        @"|\b(?:kitchen|house|chimney|chip pan|pan|electrical|car|flat|bin|garage|shed|grease|oil|building|forest|wild|bush|grass) fire\b|\b(?:there is|we have|got|its|it is) (?:a )?(?:fire|blaze)\b(?! (?:drill|alarm|door|exit|safety|pit|place|extinguisher|blanket|brigade|station|service))|^fire(?: fire)*(?: help| please| sos)?$" +
        @"|\bfire\b(?! (?:pit|place|station|service|brigade|safety|drill|door|alarm|extinguisher|blanket|wood|work|fighter|man|up|risk|insurance|exit|escape|starter|lighter|proof|engine|officer|bucket|guard)) (?:in|at|upstairs|downstairs|next door|spreading|everywhere|in the (?:flat|house|kitchen|building|block))\b" +
        @"|\b(?:smoke|flames|fumes) (?:\w+ ){0,3}(?:pouring|coming|billowing|everywhere|filling|under the door|out of|through|spreading|pour)|\b(?:full of|filled with|filling with|filling up with) (?:black |thick )?smoke|\bcan not see for smoke|\btrapped (?:\w+ ){0,3}(?:fire|smoke|flames)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Fire();

    [GeneratedRegex(
        @"\b(?:smell|smells|smelling|smelt|smelled|stinks|stink|reeks|reeking) (?:\w+ ){0,2}(?:of |like )?(?:gas|fumes)\b|\bgas (?:leak|leaking|smell|escape)|\bleaking gas|\bcarbon monoxide|\b(?:co|carbon|gas) (?:alarm|detector|monitor) (?:\w+ ){0,2}(?:going off|gone off|beeping|sounding|went off|screaming|flashing)" +
        @"|\b(?:smoke |fire )?(?:alarm|detector) (?:\w+ ){0,2}(?:going off|gone off|went off)(?:\w| )*\b(?:smoke|fire|gas|monoxide|flames|burning)\b|\bexplo(?:sion|ded)\b(?! (?:of|in popularity))", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Gas();

    [GeneratedRegex(
        @"" + WhoBefore + @"(?:will|would|is going to|going to|threaten\w*(?: to)?|tried to|trying to|try to|wants to|is coming to|coming to|coming back to|swore to|swears|says|said|promised to|has been threatening to) (?:\w+ ){0,3}(?:hurt|kill|beat|batter|stab|attack|shoot|strangle|choke|hit|rape|burn|murder|harm|punch|kick|smash (?:my|me|the|our) \w+ in|end) (?:me|us|my|the kids|the children|her|him|them|the baby|our|you)\b" +
        @"|\bthreaten\w* (?:to )?(?:kill|hurt|stab|shoot|beat|harm|burn|rape|murder)\b|\b(?:death threats?|threatened (?:me|us|her|him) with)\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Threat();

    [GeneratedRegex(
        @"" + WhoBefore + @"(?:is |are |has |just |keeps |again |been |have )*(?:hurts (?:me|us)|hurting (?:me|us|her|him|the kids)|hit|hitting|hits|punch\w*|kick\w*|beat|beating|beaten|batter\w*|strangl\w*|chok(?:ing|ed|es)|attack\w*|stab\w*|slap\w*|assault\w*|rap(?:ed|ing)|throttl\w*|bit|biting|dragg\w*|thr(?:ew|owing|own) (?:\w+ ){0,3}at|pinn\w* down|knocked) (?:me|us|her|him|them|my \w+|the kids|mum|our \w+|myself|a (?:\w+ )?(?:man|woman|girl|boy|kid|lady|guy|child|teenager|lad))\b(?! (?:at|in|to|up for|back|with (?:his|her|the) (?:car|bike|trolley|ball)))" +
        @"|\b(?:pushed|shoved) (?:me|us|her|him) (?:down|over|into|against|to the (?:floor|ground)|off)|\b(?:being|been|getting|get|got|is being|am being) (?:attacked|assaulted|beaten|beat up|battered|mugged|stabbed|raped|abused|strangled|followed|stalked|hit|punched|kicked)" +
        @"|\b(?:domestic|physical) (?:violence|abuse)|\b(?:abusive|violent) (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|son|man|stepdad)|\bhe hit me|\bfighting (?:outside|in the street)|\bstabbing\b|\bshooting\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Attack();

    [GeneratedRegex(
        @"" + WhoBefore + @"(?:threw|throwing|swung|swinging|has|have|is|got|with|holding|waving|pulled|pulling|carrying|brandishing|grabbed|picked up|has got) (?:out )?(?:a |an |his |her |their |the )?(?:knife|knives|gun|guns|weapon|machete|blade|baseball bat|hammer|axe|crowbar|firearm|pistol|rifle|shotgun)\b(?! (?:sharpen\w*|block|set|skills|crime|license|licence|safety|club|range))" +
        @"|\b(?:knife|gun|blade) (?:to|at|against) (?:my|his|her|our|their) (?:throat|head|neck|face|chest)|\bthreaten\w* (?:me|us|her|him|them) with (?:a )?(?:knife|gun|weapon)|\b(?:pulled|pulling) (?:a )?(?:knife|gun) (?:on|at)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Weapon();

    [GeneratedRegex(
        @"\b(?:trying to|tried to|try to|trying|attempting to|are trying to|is trying to) (?:break|get|force (?:his|her|their|the) way|kick|smash|bash) (?:in|into|down the door|the door down|through|(?:the |my |our )?(?:door|window) (?:in|down))\b|\b(?:breaking|kicking|smashing|forcing|bashing) (?:in|into|down) (?:\w+ )?(?:door|house|flat|home|window|place)" +
        @"|\bsomeone (?:is |has )?(?:in|inside|downstairs in|upstairs in|got into|getting into) (?:my|our|the) (?:house|flat|home|room|kitchen|bedroom|loft|hall)\b|\b(?:intruder|intruders|burglar|burglars) (?:is |are |in|inside|downstairs|upstairs|here|now)" +
        @"|\b(?:banging|hammering|kicking|pounding) (?:on|at) (?:the |my |our )door (?:\w+ ){0,5}(?:threat\w*|shout\w*|scream\w*|kill|hurt|knife|will not leave|would not leave|let him in)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex BreakIn();

    [GeneratedRegex(@"\b(?:broken|broke|breaking) in(?:to)? (?:my|our|the) (?:house|flat|home|place|room)|\b(?:house|flat|home) (?:\w+ ){0,2}(?:broken into|burgled)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex BrokenInto();

    [GeneratedRegex(
        @"\blocked (?:me|us|her|him|them|the kids|my (?:\w+ )?" + Kin + @") (?:in|inside|up)\b(?! (?:a|the) (?:game|match|contract|deal))|\b(?:will|would|does|did) not let (?:me|us|her|him) (?:leave|out|go|outside|escape|call|use (?:my|the) phone)" +
        @"|\b(?:being |been )?held (?:hostage|captive|prisoner|against (?:my|our|her|his|their) will)|\b(?:held|holding|keeping|kept) (?:me|us|her|him) (?:hostage|captive|prisoner|against (?:my|our|her|his) will)|\bkidnap\w*|\babduct\w*|\btook (?:my|our) (?:phone|keys) (?:\w+ ){0,3}(?:locked|will not let)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Held();

    [GeneratedRegex(
        @"\b(?:scared|afraid|frightened|terrified|fear\w*|worried|petrified) (?:for (?:my|our|her|his|their|the kids|the kids is|my kids|my kids is) (?:life|lives|safety)|(?:of )?(?:what )?(?:he|she|they|my (?:\w+ ){0,2}" + Kin + @"|someone) (?:\w+ ){0,2}(?:will|going to|might|would|could|is going to) (?:\w+ ){0,2}(?:hurt|kill|harm|attack|do|beat|find|come|get))" +
        @"|\b(?:i am|we are|kids are|children are|she is|he is|am|feel|we feel|i feel) (?:really |so |very )?(?:in danger|unsafe|not safe)\b|\b(?:do not|not|never|does not|no longer) feel safe\b|\bnot safe (?:at home|here|with (?:him|her)|in (?:my|our) (?:own )?(?:home|house|flat))" +
        @"|\b(?:he|she|they|someone|somebody|a (?:man|guy|bloke|car|van)) (?:is |are |has been |keeps |have been )?(?:following|stalking|watching) (?:me|us|my)|\bstalker\b|\bthreatening (?:me|us)\b|\b(?:call|get|ring) (?:the )?police\b(?! (?:about|for the|to report|non emergency))" +
        @"|\bfor my life\b|\bhelp (?:me )?(?:he|she) is (?:going to|gonna)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Unsafe();

    [GeneratedRegex(
        @"" + WhoBefore + @"(?:is |are |has |have |been |gone |went |still |now |just )*(?:missing|disappeared|vanished|run away|ran away|not come home|not came home|never came home|not come back|never came back|not back|did not come home|has not come home|wandered off|wandered out|wandered away|walked off|walked out|gone walkabout|gone wandering|got lost|is lost|lost in|nowhere to be (?:seen|found)|got out and)\b(?! (?:school|class|lessons|out|the bus|his bus|her bus|some|her|his|my|their|work|the point|you|home|a trick|on|with the (?:dog|cat)|of))" +
        @"|\b(?:can not|could not|cannot|do not|can no longer) (?:find|see|reach|locate) (?:my|our|her|his|the) (?:\w+ ){0,3}" + Kin + @"s? (?:anywhere|any where|at all|since|for (?:an hour|hours|\w+ hours|\w+ minutes|ages)|in the (?:park|shop|supermarket|crowd|mall|woods|playground|store)|he|she|they|and|we|i)\b|\b(?:can not|could not|cannot) find (?:my|our) (?:\w+ ){0,3}" + Kin + @"s?$|\blost (?:my|our) (?:\w+ ){0,2}(?:toddler|son|daughter|child|kid|little one|boy|girl|\d+yo|year old)\b(?! (?:to|last|in (?:19|20)|years|when))" +
        @"|\b(?:has not|have not|not|nobody has|no one has|noone has) (?:been )?seen (?:him|her|them|my \w+) (?:since|for)|\b(?:nobody|no one|noone) knows where (?:he|she|they) (?:is|are)|\b(?:dementia|alzheimers|alzheimer is)\b(?:\w| )*\b(?:wandered|missing|gone out|left the house|not back|can not find|got out|walked out)" +
        @"|\b(?:wandered|walked|gone|went) (?:off|out|missing) (?:\w+ ){0,3}(?:dementia|alzheimers)|\b(?:amber alert|missing person|missing child|lost (?:child|kid|boy|girl|toddler))\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Missing();

    [GeneratedRegex(
        @"\bsuicid\w*|\bkill(?:ing)? (?:myself|himself|herself|themselves|my self)|\bkms\b|\bunalive\b|\bend (?:it all|(?:my|his|her|their) (?:own )?life|it tonight|everything|it now|it for good|my suffering)|\bending (?:it all|my life|it)\b|\btake (?:my|his|her|their) (?:own )?life" +
        @"|\b(?:want|wants|wanted|going|gonna|ready|planning|plan|thinking about|thinking of|tempted|trying) (?:to )?(?:die|end it|tak(?:e|ing) (?:all|the whole|every|a bottle|a whole|too many|my)(?: \w+){0,3} " + Pills + @"|jump (?:off|from|in front)|hang myself|not wake up|disappear forever)" +
        @"|\bwanna die|\bwish (?:i|i was|i were) (?:was |were )?(?:dead|never born|gone|not here|could just disappear)|\bbetter off (?:without me|dead|if i (?:was|were) gone|if i was not here)|\b(?:jump|jumping|jumped) (?:off|from) (?:a|the) (?:bridge|roof|building|cliff|car park)" +
        @"|\b(?:goodbye|good bye|bye) (?:everyone|all|world|forever|cruel world)|\b(?:this is|it is|its) (?:my )?(?:goodbye|the end)\b|\bsaying (?:my )?goodbyes?(?! to (?!(?:everyone|you all|all of you|the world|this world|you guys)))|\bfinal (?:goodbye|message|note)|\bsuicide note|\bwrote (?:a|my) (?:note|letter) (?:to|for) (?:everyone|my family|my kids)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Suicidal();

    [GeneratedRegex(
        @"\b(?:do not|no longer|not|never) (?:really |even )?want(?:ing)? to (?:be here|be alive|live|exist|wake up|go on|be around|carry on|keep going)\b|\b(?:no|not any|no more|not a|not one|is no|there is no) (?:\w+ )?(?:reason|point|purpose) (?:to|in|for) (?:go(?:ing)? on|living|live|life|carry(?:ing)? on|being here|being alive|me being|keep(?:ing)? going|me)" +
        @"|\bcan not (?:go on|carry on|keep going|do this|take (?:it|this|any more|anymore)|cope|live like this)(?: like this| living| any ?more| much longer| with this)*\s*$|\bcan not (?:go on|carry on|keep going|do this|cope|take it|take this) (?:like this|any ?more|much longer)" +
        @"|\b(?:everyone|everybody|they|my family|my kids|the world|people) (?:\w+ )?(?:would be|are|is|will be) better off (?:without me|if i)|\b(?:nothing|nobody|no one|noone) (?:left )?to live for|\b(?:nobody|no one|noone) would (?:even )?(?:miss|notice|care)" +
        @"|\bnot (?:be|being) (?:here|around) (?:tomorrow|much longer|by|anymore|any more)|\bsleep and never wake|\bwish i (?:could|would) (?:just )?(?:not wake up|sleep forever|disappear)|\bwant (?:it|everything|this|the pain) to (?:end|stop) (?:for good|forever)|\bgive up on (?:life|living)|\bgiving up on (?:life|living)|\bready to give up\b|\bwant to give up\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex Hopeless();

    [GeneratedRegex(
        @"\b(?:want|wanting|urge|urges|going|gonna|thinking about|thinking of|keep|keeps|been|started|start|stop myself from|trying not to|trying to not|tempted) (?:to )?(?:\w+ )?(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) (?:myself|my self|my (?:arms|wrists|legs))" +
        @"|\b(?:hurting|harming|cutting|burning) (?:myself|my self|my (?:arms|wrists|legs))|\bcut (?:myself|my (?:arms|wrists|legs)) (?:again|deep|badly|tonight|last night)|\bself ?harm\w*|\bcutting again|\brelaps\w* (?:\w+ ){0,2}(?:self ?harm|cutting)|\bblades? (?:out|ready|in my hand)", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    private static partial Regex SelfHarm();
}
