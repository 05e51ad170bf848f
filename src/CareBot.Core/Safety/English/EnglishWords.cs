namespace CareBot.Core.Safety.English;

/// <summary>Word groups the English cues share: who can be in danger, and who can be a danger.</summary>
internal static class EnglishWords
{
    /// <summary>People someone asks about: family, friends, neighbours, strangers, "my 6 year old".</summary>
    public const string Kin =
        @"(?:mum|mummy|mother|dad|daddy|father|son|daughter|husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|baby|child|kid|kids|toddler" +
        @"|boy|girl|friend|mate|neighbour|neighbor|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather" +
        @"|brother|sister|bro|sis|uncle|aunt|auntie|nephew|niece|cousin|flatmate|roommate|housemate|colleague|teen|teenager|stepdad|stepmum" +
        @"|little one|wee one|lad|man|woman|lady|guy|bloke|fella|person|patient|fiance|fiancee|grandson|granddaughter|twins|ex|year old|\d+yo" +
        @"|old man|old lady|dude|pal|bestie|best friend|landlord|stepson|stepdaughter|carer|client|resident)";

    /// <summary>Someone: a pronoun, "my/our/the … kin" with up to three words between ("my 80 year old mum"), or a bare kin word.</summary>
    public const string Who =
        @"(?:\b(?:he|she|they|someone|somebody|some one|some body|this (?:man|guy|bloke|woman)|a (?:man|guy|bloke|woman|gang|group of \w+|stranger)" +
        @"|(?:my|our|the|a|his|her|their) (?:\w+ ){0,3}" + Kin + @"s?|" + Kin + @")\b)";

    /// <summary>
    /// Someone named earlier in the clause, checked backwards from the verb that matters ("my ex … will hurt me"),
    /// so the pattern scans for the rare verb first instead of trying every word as the start of a person.
    /// </summary>
    public const string WhoBefore = @"(?<=\b(?:he|she|they|someone|somebody|some one|some body|" + Kin + @")s?\b.*)";

    public const string Pills =
        @"(?:pills|tablets|tabs|meds|medication|medicine|insulin|paracetamol|painkillers|antidepressants|drugs|heroin|methadone|morphine|oxy\w*" +
        @"|fentanyl|capsules|codeine|co codamol|ibuprofen|aspirin|xanax|valium|diazepam|ketamine|sleeping \w+|sleepers|lithium|tramadol|opioids|benzos)";

    public const string Poisons =
        @"(?:bleach|antifreeze|anti freeze|weed ?killer|rat poison|poison|slug pellets|detergent|washing (?:up )?liquid|dishwasher (?:tablet|tab|pod)s?" +
        @"|laundry (?:pod|capsule|tablet)s?|tide pods?|washing pods?|button batter(?:y|ies)|batter(?:y|ies)|magnets?|cleaning (?:stuff|product|fluid|spray)" +
        @"|white spirit|turps|paint thinner|lighter fluid|petrol|paraffin|lamp oil|nail varnish remover|e ?cig liquid|vape (?:juice|liquid)|wild mushrooms" +
        @"|toadstools?|oven cleaner|drain cleaner|dettol|domestos|toilet cleaner|disinfectant|pesticide|insecticide)";
}
