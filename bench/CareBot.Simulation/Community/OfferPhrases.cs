using static CareBot.Core.Categories.CategoryIds;

namespace CareBot.Simulation.Community;

/// <summary>
/// Offers as neighbours write them, a few per category, worded so the engine's own reading of the text finds the
/// category meant (the tests check that it does): the simulated member types one of these after /offer.
/// </summary>
internal static class OfferPhrases
{
    public static IReadOnlyDictionary<string, string[]> ByCategory { get; } = new Dictionary<string, string[]>
    {
        [Transport] = ["I can give rides to appointments, I have a car", "Lifts into town most mornings", "Happy to drive people to the station"],
        [Meals] = ["I can bring a hot meal to anyone who is unwell", "Batch cooking soup for anyone struggling", "Happy to cook dinner for a family"],
        [Errands] = ["Can do grocery shopping for people who can't get out", "I go to the supermarket twice a week and can shop for you", "Happy to collect parcels from the post office"],
        [Childcare] = ["Experienced babysitter, evenings and weekends", "I can do the school run on weekdays", "Happy to look after toddlers for a couple of hours"],
        [Eldercare] = ["I can sit with an elderly neighbour for an afternoon", "Happy to keep an older person company", "Used to work in a care home, can visit a senior"],
        [Pets] = ["Dog walking in the mornings", "I can feed your cat while you are away", "Pet sitting, I have a garden"],
        [Listening] = ["Good listener if someone needs to talk", "I can phone lonely people for a chat", "Someone to talk to when you feel overwhelmed"],
        [Housing] = ["I have a spare room for a few nights", "A sofa to sleep on if you are between flats", "Can help talk to a landlord"],
        [HomeRepair] = ["Handyman: shelves, leaks and small repairs", "I can fix broken doors and cupboards", "Can assemble IKEA furniture"],
        [Moving] = ["I have a van and can help people move house", "Can help pack boxes before moving day", "Help with a house move at weekends"],
        [Tech] = ["I can sort out laptop and wifi problems", "Patient help setting up a smartphone", "Help with email and passwords"],
        [Paperwork] = ["Help filling in forms and applications", "I can read official letters and explain them", "Help with council paperwork"],
        [Language] = ["I translate Spanish and English", "Arabic interpreter, happy to come along", "Can translate French or German"],
        [Health] = ["Retired nurse, can explain medical jargon", "Can go with you to the doctor", "Help booking GP and dentist appointments"],
        [Money] = ["Can help make a budget and sort out bills", "I know the benefit system well", "Help with debt and a food bank referral"],
        [Learning] = ["Maths tutoring for secondary school", "Homework help in the afternoons", "Reading practice with young learners"],
        [Goods] = ["Children's clothes and toys to give away", "Spare blankets and bedding to donate", "Can lend a pram or a stroller"],
    };
}
