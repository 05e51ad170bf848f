using static CareBot.Core.Categories.CategoryIds;

namespace CareBot.Simulation.Community;

/// <summary>
/// Needs as members post them, a few per category, worded so the engine reads the category meant and nothing it
/// would hold back as an emergency (the tests check both): the simulated member types one after /need.
/// </summary>
internal static class NeedPhrases
{
    public static IReadOnlyDictionary<string, string[]> ByCategory { get; } = new Dictionary<string, string[]>
    {
        [Transport] = ["a ride to the station on friday", "a lift into town, my car broke down", "someone to drive me to the airport"],
        [Meals] = ["a hot meal for my family this week, we just had a baby", "someone to cook dinner while I recover", "some home cooked food, our cupboards are empty"],
        [Errands] = ["groceries from the supermarket, I'm ill and can't go out", "someone to collect a parcel from the post office", "a bit of shopping, I can't carry heavy bags"],
        [Childcare] = ["a babysitter for two kids on saturday evening", "someone to do the school run tomorrow", "a few hours of childcare while I sit an exam"],
        [Eldercare] = ["someone to sit with my elderly father for an afternoon", "a visit for my grandmother, she lives alone", "company for an elderly neighbour while her carer is away"],
        [Pets] = ["someone to walk my dog this week", "cat feeding while I'm away for the weekend", "a lift for my dog to the vet"],
        [Listening] = ["someone to talk to, I've been lonely", "a chat on the phone, I'm feeling overwhelmed", "company for a coffee, I've been anxious lately"],
        [Housing] = ["a place to stay for a few nights", "a sofa to sleep on between flats", "advice talking to my landlord about rent"],
        [HomeRepair] = ["my kitchen tap is leaking", "help putting up a shelf", "someone to fix a broken cupboard door"],
        [Moving] = ["help moving house on saturday", "a van to move a few boxes to my new flat", "strong arms to carry furniture on moving day"],
        [Tech] = ["help setting up my new phone", "my laptop won't connect to the wifi", "help with my email password"],
        [Paperwork] = ["help filling in a housing benefit form", "someone to explain an official letter", "help with a visa application"],
        [Language] = ["a translator for a meeting, I speak arabic", "help translating a letter from spanish", "someone to interpret at the council in polish"],
        [Health] = ["someone to come with me to a doctor appointment", "help booking a dentist appointment", "collecting my medication from the pharmacy"],
        [Money] = ["help making a budget, bills are piling up", "advice about which benefits I can get", "help with a food bank referral"],
        [Learning] = ["maths homework help for my son", "reading practice for my daughter", "a tutor for an exam next month"],
        [Goods] = ["warm clothes for my kids this winter", "to borrow a pram for a few weeks", "spare blankets and bedding"],
    };
}
