namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// What the fifty offer and ask for: everyday care, each text read as one category (checked with the console), so a
/// member's offers each fit different needs and no two of their "these open needs fit" lists come out the same.
/// </summary>
internal static class CareTexts
{
    public static readonly string[] Offers =
    [
        "lifts to the station in my car",
        "cooking hot meals for the week",
        "walking dogs and feeding cats",
        "maths tutoring and homework help",
        "fixing shelves, doors and small repairs",
        "filling in forms and paperwork",
        "babysitting on weekday evenings",
        "picking up groceries and errands",
        "setting up phones and laptops",
        "a listening ear over a cup of tea",
        "moving boxes and furniture with my van",
        "lending warm winter clothes",
    ];

    public static readonly string[] Needs =
    [
        "a lift to the station on saturday",
        "a hot meal or two this week",
        "someone to walk my dog tomorrow",
        "help with my son's maths homework",
        "help fixing a broken shelf",
        "someone to babysit my kids on thursday evening",
        "someone to pick up groceries for me",
        "help setting up my new phone",
        "someone to listen over a cup of tea",
        "a warm winter coat for my daughter",
    ];
}
