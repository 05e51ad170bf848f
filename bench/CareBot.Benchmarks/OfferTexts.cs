using static CareBot.Core.Categories.CategoryIds;

namespace CareBot.Benchmarks;

/// <summary>
/// Offers the way neighbours write them, four per category, worded with the English vocabulary's synonyms
/// so categories are inferred by the catalog just as they are for a real /offer.
/// </summary>
internal static class OfferTexts
{
    public static IReadOnlyDictionary<string, string[]> ByCategory { get; } = new Dictionary<string, string[]>
    {
        [Transport] =
        [
            "I can give rides to appointments, I have a car",
            "Happy to drive people to the airport or the train station",
            "Lifts into town most mornings, I commute that way",
            "I can pick up and drop off anyone without a car on weekdays",
        ],
        [Meals] =
        [
            "I cook a big pot of soup every week and can share it",
            "Can bring a hot meal to anyone who is unwell",
            "Batch cooking for new parents or anyone recovering",
            "I bake bread on Sundays and can drop a loaf round",
        ],
        [Errands] =
        [
            "Can do grocery shopping for people who can't get out",
            "Happy to collect parcels from the post office",
            "I can run errands in town during lunch breaks",
            "I go to the supermarket twice a week and can shop for you",
        ],
        [Childcare] =
        [
            "Experienced babysitter, evenings and weekends",
            "I can do the school run on weekdays",
            "Happy to look after toddlers for a couple of hours",
            "Can babysit children while parents have a break",
        ],
        [Eldercare] =
        [
            "I can sit with an elderly neighbour for an afternoon",
            "Small jobs and a chat for an older person living alone",
            "I used to work in a care home and can spend time with a senior",
            "Happy to keep an eye on your grandmother while you are away",
        ],
        [Pets] =
        [
            "Dog walking in the mornings before work",
            "I can feed your cat while you are away",
            "Pet sitting for small animals, I have a garden",
            "Can take your dog or cat to the vet",
        ],
        [Listening] =
        [
            "Good listener if someone needs to talk things through",
            "I can phone lonely people for a chat once a week",
            "Someone to talk to when you feel overwhelmed or anxious",
            "Happy to keep company with anyone who is grieving",
        ],
        [Housing] =
        [
            "I have a spare room for a few nights",
            "A sofa to sleep on if you are between flats",
            "Can help read a rental contract or talk to a landlord",
            "I know the local shelter and accommodation services well",
        ],
        [HomeRepair] =
        [
            "Handyman: shelves, leaks and small repairs",
            "I can fix broken chairs, doors and cupboards",
            "Gardening and lawn mowing in the summer",
            "Can paint a room or assemble IKEA furniture",
        ],
        [Moving] =
        [
            "I have a van and can help people move",
            "Strong arms for carrying heavy furniture",
            "Can help pack boxes before a move",
            "Help with moving house at weekends",
        ],
        [Tech] =
        [
            "I can sort out laptop and wifi problems",
            "Patient help setting up a smartphone or tablet",
            "Help with email, passwords and online accounts",
            "Can fix printer and computer trouble",
        ],
        [Paperwork] =
        [
            "Help filling in forms and applications",
            "I can read official letters and explain them",
            "Used to do tax returns, happy to look at yours",
            "Help with visa paperwork and council documents",
        ],
        [Language] =
        [
            "I translate Spanish and English",
            "Arabic interpreter, happy to come along",
            "Can translate French or German",
            "Ukrainian and Polish translation",
        ],
        [Health] =
        [
            "Retired nurse, can explain medical jargon",
            "Can go with you to the doctor or the hospital",
            "Help booking GP and dentist appointments",
            "I can collect medication from the pharmacy",
        ],
        [Money] =
        [
            "Can help make a budget and sort out bills",
            "I know the welfare and benefit system well",
            "Help with debt and a food bank referral",
            "Pension and allowance advice from a retired adviser",
        ],
        [Learning] =
        [
            "Maths tutoring for secondary school",
            "Reading practice with young learners",
            "Homework help in the afternoons",
            "I teach guitar lessons for free",
        ],
        [Goods] =
        [
            "Children's clothes and toys to give away",
            "I can lend a ladder and camping gear to borrow",
            "Spare blankets and bedding to donate",
            "Can lend a pram or a stroller",
        ],
    };

    /// <summary>
    /// Five offers in five different categories. Half are one of the texts above, half are composed from one of
    /// the category's synonyms in the English vocabulary, so that, as in a real group, no two people word the
    /// same offer quite alike and the keywords vary; many add when or where they can help.
    /// </summary>
    public static IEnumerable<string> FiveFor(Random random)
    {
        var categories = ByCategory.Keys.OrderBy(_ => random.Next()).Take(SeededCommunity.OffersPerMember);
        foreach (var category in categories)
        {
            var text = random.Next(2) == 0
                ? Pick(random, ByCategory[category])
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Frames), Pick(random, Vocabulary.Synonyms[category]));
            yield return random.Next(3) switch
            {
                0 => text,
                _ => text + ", " + Pick(random, Notes),
            };
        }
    }

    /// <summary>Every composed offer of a category, without notes: what <see cref="SeedTextCheck"/> verifies.</summary>
    public static IEnumerable<string> ComposedFor(string category) =>
        Frames.SelectMany(frame => Vocabulary.Synonyms[category].Select(synonym => string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, synonym)));

    private static readonly Core.Categories.EnglishVocabulary Vocabulary = new();

    private static readonly string[] Frames =
    [
        "Happy to help with {0}", "I can offer {0}", "Experienced with {0} and glad to lend a hand", "{0}? Ask me",
        "Good at {0}", "Can help out with anything around {0}", "Glad to do {0} for a neighbour", "I have done {0} for years",
    ];

    private static readonly string[] Notes =
    [
        "usually after 5pm", "weekends are easiest", "north side of town", "message me first", "not on Tuesdays",
        "I'm around most days", "near the park", "school holidays too", "in the old town", "close to the high street",
        "evenings after work", "east end only", "short notice is fine", "retired so quite flexible", "Saturdays mostly",
        "by the canal", "south of the river", "once or twice a month",
    ];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
