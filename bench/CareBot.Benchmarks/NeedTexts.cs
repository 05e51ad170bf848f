namespace CareBot.Benchmarks;

/// <summary>Needs as members post them, rotated so each measured post matches a different slice of the offers.</summary>
internal static class NeedTexts
{
    public static IReadOnlyList<string> All { get; } =
    [
        "a ride to the clinic on friday",
        "someone to walk my dog while I'm in hospital",
        "help filling in a housing benefit form",
        "a hot meal for my family this week, we just had a baby",
        "groceries from the supermarket, I'm ill and can't go out",
        "help moving a sofa to my new flat",
        "a babysitter for two kids on saturday evening",
        "help setting up my new phone and email",
        "someone to talk to, I've been lonely since my partner died",
        "a translator for a doctor appointment, I speak arabic",
        "my kitchen tap is leaking and I can't afford a plumber",
        "maths homework help for my son",
    ];
}
