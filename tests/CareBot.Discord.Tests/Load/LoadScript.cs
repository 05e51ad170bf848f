using System.Text.Json.Nodes;

namespace CareBot.Discord.Tests.Load;

/// <summary>
/// What each of the benchmark's members types, in order: two offers, a look at their offers, a need that fits other
/// members' offers (so the bot asks them privately), a look at the needs, a third offer that fits needs already open
/// (so the bot tells them privately which), then four commands that only read. Ten kinds of help; member i offers kinds
/// i, i+3 and i+7 and needs kind i+5 (mod 10), so every need finds about twenty offers it fits, none its own.
/// </summary>
internal static class LoadScript
{
    public const int CommandsEach = 10;

    /// <summary>The rounds whose commands can make the bot send someone a DM.</summary>
    public const int NeedRound = 3;

    public const int LateOfferRound = 5;

    private static readonly (string Offer, string Need)[] Kinds =
    [
        ("rides to appointments, I have a car", "a ride to my dentist appointment on friday"),
        ("I cook hot meals and can bring dinner round", "a hot dinner for my family this week, we just had a baby"),
        ("grocery shopping for anyone who can't get to the shops", "someone to do my grocery shopping this week"),
        ("babysitting children in the evenings", "a babysitter for my two children on saturday evening"),
        ("dog walking and feeding cats", "someone to walk my dog while I am away"),
        ("small repairs at home: shelves, taps and doors", "my kitchen tap is leaking and needs a repair"),
        ("I have a van and can help people move house", "help moving a sofa to my new flat"),
        ("help setting up phones, laptops and wifi", "help setting up my new phone and email"),
        ("help filling in forms and reading official letters", "help filling in a housing benefit form"),
        ("gardening and mowing lawns", "someone to mow my lawn and tidy the garden"),
    ];

    /// <summary>The slash command member <paramref name="member"/> (from 0) types in <paramref name="round"/> (from 0).</summary>
    public static (string Name, JsonObject? Options) Command(int member, int round) => round switch
    {
        0 => Offer(Kinds[member % 10].Offer),
        1 => Offer(Kinds[(member + 3) % 10].Offer),
        2 => ("offers", null),
        NeedRound => ("need", new JsonObject { ["text"] = Kinds[(member + 5) % 10].Need }),
        4 => ("needs", null),
        LateOfferRound => Offer(Kinds[(member + 7) % 10].Offer),
        6 => ("mine", null),
        7 => ("me", null),
        8 => ("map", null),
        _ => ("help", null),
    };

    private static (string, JsonObject?) Offer(string text) => ("offer", new JsonObject { ["text"] = text });
}
