namespace CareBot.Discord.Tests.Crash;

/// <summary>What the members offer and ask for: everyday care whose words match, so needs are asked of offerers by DM.</summary>
internal static class CareTexts
{
    public static readonly string[] Offers =
    [
        "lifts to the station in my car",
        "cooking hot meals for the week",
        "walking dogs and feeding cats",
        "maths tutoring and homework help",
        "fixing shelves, doors and small repairs",
        "babysitting on weekday evenings",
        "picking up groceries and errands",
        "setting up phones and laptops",
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
    ];
}
