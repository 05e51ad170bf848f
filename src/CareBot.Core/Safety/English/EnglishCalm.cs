using System.Text.RegularExpressions;

namespace CareBot.Core.Safety.English;

/// <summary>English words that take the alarm out of a clause or a message.</summary>
internal static partial class EnglishCalm
{
    private const string Past =
        @"\blast (?:year|month|week|summer|winter|spring|autumn|fall|christmas|xmas|easter|term|weekend|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b" +
        @"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|couple|some|many|several|a few|a couple of) (?:years?|months?|weeks?|decades?) ago\b|\byears ago\b|\bin (?:19|20)\d\d\b|\bsince (?:19|20)\d\d\b|\bback in (?:the day|19|20)" +
        @"|\bhistory of\b|\bused to\b|\brecover\w*|\brehab\w*|\bphysio\w*|\bsurviv\w*|\bwhen (?:i|he|she|we|they) (?:was|were) (?:young|little|a (?:kid|child|teen|teenager|baby))" +
        @"|\blate (?:husband|wife|partner|dad|father|mum|mother|son|daughter|brother|sister|friend|grandad|grandma|nan|gran)\b|\bdied (?:of|from|after|in|when|years|last)\b|\bpassed away\b|\banniversary\b|\bmemorial\b|\bfuneral\b" +
        @"|\bsince (?:his|her|my|their|the|our|mum is|dad is) (?:\w+ ){0,2}(?:stroke|heart attack|attack|op|operation|surgery|accident|fall|overdose|diagnosis|seizure|fire|break in|burglary|assault|injury)\b|\bever since\b|\bafter (?:his|her|my|their) (?:\w+ )?(?:stroke|heart attack|op|operation|surgery|fall|overdose)\b";

    private const string NotUrgent =
        @"\bnot (?:an? |really |very |at all |super |too |that |really an |exactly an |actually an )?(?:emergency|urgent|serious|life threatening|dangerous)\b|\b(?:nothing|none of this is) (?:urgent|serious|dangerous|life threatening|an emergency)\b" +
        @"|\bno (?:rush|hurry|emergency|urgency|pressure)\b|\bnon ?(?:urgent|emergency)\b|\bwhenever (?:you can|suits|is easy)\b";

    /// <summary>Idioms that need to look ahead, kept apart so the big calming pattern can run without backtracking.</summary>
    [GeneratedRegex(@"\bdrowning in (?!(?:the )?(?:water|river|sea|lake|pool|canal|bath|pond))|\bcatch (?:my|your) breath\b(?! (?:and|he|she))|\b(?:jaw|heart) (?:dropped|sank|stopped)\b(?! (?:beating|and he|and she))", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    public static partial Regex CalmingIdioms();

    // Linear-time matching: this pattern is long and runs on every clause that raised an alarm.
    [GeneratedRegex(
        Past + "|" + NotUrgent +
        @"|\bnot (?:suicidal|bleeding|missing|in danger|hurt|injured|choking|unconscious)\b|\b(?:nothing|nobody|no one|noone|none of us) (?:is |was |got |were )?(?:hurt|injured)\b|\bno (?:one|body) (?:is |was )?hurt|\bno longer\b" +
        @"|\b(?:is|are|everyone is|everybody is|all|we are|he is|she is|they are|kids are|i am) (?:all )?(?:fine|ok|okay|safe|alright|all right|stable|home|back) now\b|\b(?:been|was|were) found\b|\bfound (?:him|her|them) (?:safe|now|ok|fine)|\bfalse alarm\b" +
        @"|\b(?:fire|it) (?:is|was|has been) (?:out|put out)\b|\bput (?:it|the fire) out\b|\bstopped bleeding\b|\b(?:bleeding|seizure|fit) (?:has |is )?(?:stopped|over)\b|\bcame round\b", RegexOptions.NonBacktracking, EmergencyCue.TimeoutMilliseconds)]
    public static partial Regex Calming();

    // Idioms and other senses of danger words, apart from the calming above so each stays a small automaton.
    [GeneratedRegex(
        @"\bdying (?:to|for|of (?:boredom|laughter|embarrassment|thirst|hunger|curiosity|the heat|cold))|\bdeath of me\b|\b(?:bored|scared|worried|frozen|freezing) (?:me )?to death\b|\b(?:gave|give|giving|nearly had|almost had|nearly have|will have|going to have|have) (?:me |him |her |us )?(?:a )?heart attack\b" +
        @"|\bheart attack (?:on a plate|burger)\b|\b(?:mum|mummy|mother|wife|missus|boss|teacher|gran|nan|dad|sister|brother|the kids|my kids|coach|manager|landlady) (?:\w+ ){0,3}(?:kill|murder) (?:me|us) (?:if|when|for)\b|\bkilling it\b|\bkill (?:for|two birds)\b" +
        @"|\b(?:will|would|going to|gonna) have a fit\b|\b(?:have|having|had|threw|throw|throwing) (?:a )?(?:fit|hissy fit|tantrum|meltdown) (?:about|over|when|if|because)\b|\bchoked up\b|\b(?:dog|cat|puppy|kitten|dogs) (?:\w+ ){0,2}chok\w*|\bchoking hazard\b" +
        @"|\bstroke (?:the|my|our|her|his|their) (?:cat|dog|kitten|puppy|pet|rabbit|horse|hair|beard|guinea pig)\b|\b(?:cat|dog|kitten|puppy|pet|rabbit|horse|cats|dogs) (?:\w+ ){0,3}stroke\b|\bstroke of (?:luck|genius|midnight)\b|\b(?:back|breast|swimming) ?stroke\b" +
        @"|\b(?:first aid|cpr|resus\w*|defib\w*|fire safety|self defence|self defense|safety|awareness|emergency|mental health|suicide prevention|overdose prevention) (?:course|courses|training|class|classes|session|sessions|workshop|workshops|refresher|certificate|kit|kits|box|manual|poster|leaflet|volunteer|fundraiser|walk|charity|talk)\b" +
        @"|\b(?:course|training|class|workshop|talk|webinar|charity|fundraiser|fundraising|volunteering|support group|leaflets?|posters?|podcast|documentary|film|movie|book|novel|episode|series|game|essay|homework|assignment|dissertation|research|article|quiz) (?:on|about|for)\b" +
        @"|\bknife (?:sharpen\w*|block|set|skills)\b|\bsharpen\w*|\b(?:fire|light|start|get) (?:up )?(?:the )?(?:bbq|barbecue|grill|stove|wood burner|log burner|fire pit)|\bfire ?pit\b|\bfireplace\b|\b(?:wood|log) ?burner\b|\bbonfire\b|\bfireworks?\b|\bcampfire\b|\bcandles?\b" +
        @"|\b(?:fire|smoke|co|carbon monoxide|gas) (?:alarm|alarms|detector|detectors) (?:\w+ ){0,3}(?:battery|batteries|fitted|fitting|installed|install|replaced|replace|changing|change|test|testing|chirp\w*|checked|fixing|fixed)\b|\b(?:battery|batteries|fit|fitting|install\w*|replace|replacing|new|test|testing|buy|bought) (?:\w+ ){0,3}(?:alarm|alarms|detector|detectors)\b" +
        @"|\bgas (?:bill|meter|safety|engineer|cooker|hob|boiler|supplier|check|certificate|fire)\b|\bcomplain\w*|\bevict\w*|\bbailiff\w*|\bin danger of\b|\bbeat (?:me|us|him|her) (?:at|in|to)\b|\b(?:wake|get) up (?:for|in time|on time|early|in the morning|before)\b|\bchild maintenance\b" +
        @"|\b(?:breathing|breath) (?:exercise|exercises|class|classes|technique|techniques|work)\b" +
        @"|\boverdosed on (?:sugar|chocolate|caffeine|coffee|netflix|telly|tv|christmas|cake)\b|\bfire (?:in (?:my|his|her) belly|sale)\b|\b(?:kill|kills|killing) (?:the|some) (?:time|weeds|bugs|mood|vibe)\b|\b(?:rat|mouse|slug|ant|pest) (?:poison|problem|control)\b" +
        @"|\b(?:missed|miss) (?:the )?(?:bus|train|call)\b|\bjoke\b|\blol\b|\blmao\b|\bhaha\w*|\bjk\b|\bkidding\b|\b(?:my|the) (?:phone|battery|laptop|car|plant|plants|tv) (?:is |are )?(?:dead|dying)\b|\b(?:i was|we were|she was|he was) (?:nearly |almost )?(?:in tears|crying)\b", RegexOptions.None, EmergencyCue.TimeoutMilliseconds)]
    public static partial Regex OtherSenses();

    [GeneratedRegex(
        Past + "|" + NotUrgent +
        @"|\b(?:appointment|appt|check ?up|clinic|outpatients|follow ?up|gp|doctors|doctor is|cardiology|cardiologist|consultant|scan|hospital visit|visiting hours|prescription|pharmacy|chemist|insurance|claim|police report|crime number|locksmith|glazier|repair|repairs|fix the|new lock|new locks|board up)\b" +
        @"|\b(?:still|ever since|chronic|ongoing|diagnosed|condition|on and off|every (?:day|week|month|now and then)|sometimes|occasionally|regular|regularly|after effects|aftercare|long term|care home|carer|respite|sit with)\b", RegexOptions.NonBacktracking, EmergencyCue.TimeoutMilliseconds)]
    public static partial Regex Reassurance();
}
