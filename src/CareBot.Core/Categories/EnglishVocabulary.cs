using static CareBot.Core.Categories.CategoryIds;

namespace CareBot.Core.Categories;

/// <summary>English names and synonyms for the built-in categories.</summary>
public sealed class EnglishVocabulary : ICategoryVocabulary
{
    public string Language => "en";

    public IReadOnlyList<Category> Categories { get; } =
    [
        new(Transport, "transport", "🚗"),
        new(Meals, "meals", "🍲"),
        new(Errands, "groceries and errands", "🛒"),
        new(Childcare, "childcare", "🧸"),
        new(Eldercare, "eldercare", "🧓"),
        new(Pets, "pets", "🐾"),
        new(Listening, "listening and emotional support", "💬"),
        new(Housing, "housing", "🏠"),
        new(HomeRepair, "home repair", "🔧"),
        new(Moving, "moving", "📦"),
        new(Tech, "tech help", "💻"),
        new(Paperwork, "paperwork and forms", "📝"),
        new(CategoryIds.Language, "language and translation", "🌍"),
        new(Health, "health navigation", "🩺"),
        new(Money, "money and benefits advice", "💶"),
        new(Learning, "learning and tutoring", "📚"),
        new(Goods, "clothing and goods", "🧥"),
        new(Other, "other", "✨"),
    ];

    public IReadOnlyDictionary<string, string[]> Synonyms { get; } = new Dictionary<string, string[]>
    {
        [Transport] = ["ride", "lift", "drive", "driving", "driver", "car", "taxi", "transport", "pick up", "pickup", "drop off", "airport", "station", "commute", "wheelchair transport"],
        [Meals] = ["meal", "cook", "cooking", "food", "dinner", "lunch", "breakfast", "soup", "bake", "casserole", "hot meal", "batch cooking"],
        [Errands] = ["grocery", "groceries", "shopping", "shop", "errand", "supermarket", "post office", "parcel", "prescription pickup", "collect"],
        [Childcare] = ["childcare", "babysit", "babysitting", "babysitter", "kid", "child", "children", "baby", "school run", "nanny", "toddler", "kindergarten"],
        [Eldercare] = ["eldercare", "elder", "elderly", "grandmother", "grandfather", "grandma", "grandpa", "senior", "older person", "aging parent", "care home"],
        [Pets] = ["pet", "dog", "cat", "puppy", "kitten", "vet", "dog walking", "walk the dog", "pet sitting", "litter"],
        [Listening] = ["listen", "listening", "talk", "someone to talk to", "chat", "lonely", "loneliness", "company", "emotional", "grief", "grieving", "sad", "anxious", "anxiety", "stress", "stressed", "overwhelmed", "visit", "phone call"],
        [Housing] = ["housing", "room", "place to stay", "sofa", "couch", "rent", "shelter", "flat", "apartment", "accommodation", "landlord", "evicted", "eviction", "homeless"],
        [HomeRepair] = ["repair", "fix", "plumbing", "plumber", "leak", "electrician", "handyman", "diy", "shelf", "paint", "garden", "gardening", "lawn", "broken", "tools", "assemble", "ikea"],
        [Moving] = ["move", "moving", "box", "pack", "packing", "furniture", "van", "carry", "lifting", "heavy", "removal"],
        [Tech] = ["computer", "laptop", "phone", "smartphone", "wifi", "internet", "email", "printer", "tech", "technology", "app", "software", "password", "online", "video call", "tablet"],
        [Paperwork] = ["form", "paperwork", "application", "letter", "document", "tax", "bureaucracy", "visa", "apply", "official", "council", "insurance", "claim form"],
        [CategoryIds.Language] = ["translate", "translation", "translator", "interpreter", "interpret", "language", "english", "spanish", "arabic", "french", "german", "ukrainian", "polish", "turkish"],
        [Health] = ["doctor", "clinic", "hospital", "appointment", "health", "medical", "nurse", "gp", "dentist", "medication", "medicine", "therapy", "physio", "pharmacy", "prescription", "surgery"],
        [Money] = ["money", "benefit", "budget", "debt", "bill", "finance", "financial", "welfare", "pension", "allowance", "loan", "food bank"],
        [Learning] = ["tutor", "tutoring", "homework", "teach", "teaching", "lesson", "study", "math", "maths", "reading", "learn", "learning", "exam", "school work"],
        [Goods] = ["clothes", "clothing", "coat", "shoe", "goods", "lend", "borrow", "donate", "donation", "blanket", "toy", "stroller", "pram", "bike", "bedding"],
        [Other] = [],
    };

    public IReadOnlySet<string> StopWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "to", "for", "of", "in", "on", "at", "by", "with", "from", "into", "about",
        "i", "me", "my", "we", "our", "you", "your", "he", "she", "they", "them", "it", "is", "am", "are", "was", "be",
        "have", "has", "had", "can", "could", "would", "will", "need", "needs", "help", "please", "some", "someone",
        "anyone", "any", "this", "that", "these", "those", "there", "here", "just", "also", "very", "so", "if", "do",
        "does", "get", "got", "want", "like", "offer", "happy", "able", "around", "next", "week", "day", "today",
        "tomorrow", "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "weekend", "time", "few", "hour", "hours", "bit", "lot", "thing", "things",
    };
}
