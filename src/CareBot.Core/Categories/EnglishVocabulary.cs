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
        [Transport] = ["ride", "lift", "drive", "driving", "driver", "car", "taxi", "cab", "transport", "drop off", "airport", "station", "commute", "wheelchair transport", "spare seat"],
        [Meals] = ["meal", "cook", "cooking", "food", "dinner", "lunch", "breakfast", "soup", "bake", "casserole", "hot meal", "batch cooking"],
        [Errands] = ["grocery", "groceries", "shopping", "shop", "errand", "supermarket", "post office", "parcel", "prescription pickup", "collect"],
        [Childcare] = ["childcare", "babysit", "babysitting", "babysitter", "kid", "child", "children", "baby", "school run", "nanny", "toddler", "kindergarten"],
        [Eldercare] = ["eldercare", "elder", "elderly", "grandmother", "grandfather", "grandma", "grandpa", "senior", "older person", "aging parent", "care home"],
        [Pets] = ["pet", "dog", "cat", "puppy", "kitten", "vet", "dog walking", "walk the dog", "pet sitting", "litter"],
        [Listening] = ["listen", "listening", "talk", "someone to talk to", "chat", "lonely", "loneliness", "company", "emotional", "grief", "grieving", "sad", "anxious", "anxiety", "stress", "stressed", "overwhelmed", "visit", "phone call"],
        [Housing] = ["housing", "room", "place to stay", "sofa", "couch", "rent", "shelter", "flat", "apartment", "accommodation", "landlord", "evicted", "eviction", "homeless"],
        [HomeRepair] = ["repair", "fix", "plumbing", "plumber", "leak", "electrician", "handyman", "diy", "shelf", "paint", "garden", "gardening", "lawn", "broken", "tools", "assemble", "ikea"],
        [Moving] = ["moving house", "move house", "house move", "moving out", "moving in", "moving day", "new flat", "new place", "box", "packing", "van", "removal", "removals", "heavy lifting", "carry furniture", "carrying furniture"],
        [Tech] = ["computer", "laptop", "phone", "smartphone", "wifi", "internet", "email", "printer", "tech", "technology", "app", "software", "password", "online", "video call", "tablet"],
        [Paperwork] = ["form", "paperwork", "application", "letter", "document", "tax", "bureaucracy", "visa", "apply", "official", "council", "insurance", "claim form"],
        [CategoryIds.Language] = ["translate", "translation", "translator", "interpreter", "interpret", "language", "english", "spanish", "arabic", "french", "german", "ukrainian", "polish", "turkish"],
        [Health] = ["doctor", "clinic", "hospital", "appointment", "health", "medical", "nurse", "gp", "dentist", "medication", "medicine", "therapy", "physio", "pharmacy", "prescription", "surgery"],
        [Money] = ["money", "benefit", "budget", "debt", "bill", "finance", "financial", "welfare", "pension", "allowance", "loan", "food bank"],
        [Learning] = ["tutor", "tutoring", "homework", "teach", "teaching", "lesson", "study", "math", "maths", "reading", "learn", "learning", "exam", "school work"],
        [Goods] = ["clothes", "clothing", "coat", "shoe", "goods", "lend", "borrow", "donate", "donation", "blanket", "toy", "stroller", "pram", "bike", "bedding"],
        [Other] = [],
    };

    public IReadOnlyDictionary<string, string[]> Examples { get; } = new Dictionary<string, string[]>
    {
        [Transport] =
        [
            "can someone give me a lift to the hospital", "I need a ride to my appointment on friday",
            "I can drive people where they need to go, I have a car", "a lift to the train station early tomorrow",
            "someone to drive me to the airport", "I'm happy to give rides around town",
            "need transport to get to the clinic", "can anyone drop me off and pick me up later",
            "anyone going my way with a spare seat in the car",
            "need a lift, my car broke down",
            "I can do airport runs and school runs in my car",
            "happy to drive anyone to the shops or the doctors",
            "a ride home from the hospital after my operation",
        ],
        [Meals] =
        [
            "could someone cook a hot dinner for us this week", "I can make extra meals and drop them round",
            "we need some home cooked food after the new baby", "I'm happy to batch cook soups and casseroles",
            "someone to bring a meal while I recover", "I love baking and can make food for anyone struggling",
            "a hot lunch for my neighbour a few days a week", "cooking for a family who is going through a hard time",
            "could anyone drop off some dinners, we're exhausted",
            "our cupboards are empty and we need food",
            "I can cook for people who are unwell or just had a baby",
            "packed lunches for my kids",
            "I'll make a big pot of stew for anyone who needs a hot meal",
        ],
        [Errands] =
        [
            "can someone pick up a few groceries for me", "I need milk, bread and a few bits from the shop",
            "I can do a supermarket run for anyone who can't get out", "collect my prescription from the chemist",
            "someone to post a parcel at the post office", "I'm going shopping on saturday and can pick things up for people",
            "need help with the weekly food shop", "could anyone grab some essentials from the corner shop",
            "can someone grab a few bits from the shops for me, I'm stuck at home",
            "pick up my tablets from the pharmacy",
            "need nappies and milk picked up",
            "wait in for a delivery while I'm at work",
            "I can collect parcels and post letters for neighbours",
        ],
        [Childcare] =
        [
            "can anyone babysit my kids on friday evening", "I need someone to do the school pickup on tuesday",
            "I can mind children after school", "someone to watch my toddler for an hour",
            "looking after the little ones while I work a shift", "I'm an experienced babysitter and happy to help parents",
            "need someone to take my son to nursery", "childcare for two kids during the half term holiday",
            "can someone have my kids for a couple of hours",
            "need someone to mind my little one while I go to a job interview",
            "after school care needed until six",
            "I'm a mum at home and can watch little ones",
            "collecting kids from school and giving them tea",
        ],
        [Eldercare] =
        [
            "could someone sit with my elderly mum for an afternoon", "checking in on an older neighbour who lives alone",
            "I can visit older people for company and a cup of tea", "my grandad needs someone to keep him company",
            "help caring for my dad who has dementia", "someone to pop in on my nan while I'm away",
            "I'm happy to spend time with elderly people in the area", "support for an aging parent living at home",
            "could someone check on my elderly neighbour who lives alone",
            "my nan needs someone with her while I go out",
            "my dad is 85 and needs help getting dressed in the morning",
            "I can phone older people every day to make sure they are ok",
            "I help older neighbours with bins, post and little jobs",
            "respite for a carer looking after an older relative",
        ],
        [Pets] =
        [
            "can someone walk my dog this week", "I need someone to feed my cat while I'm away",
            "I love animals and can pet sit", "someone to take my dog to the vet",
            "looking after my rabbits for a few days", "I can walk dogs in the mornings",
            "need help with my puppy while I'm at work", "cat sitting over the weekend",
            "can anyone look after my dog while I'm in hospital",
            "feeding the fish and the cat while we're on holiday",
            "my dog needs walking, I broke my ankle",
            "I can give pets their tablets",
            "anyone happy to have my pup for a few days",
        ],
        [Listening] =
        [
            "I just need someone to talk to", "feeling really lonely and could use a chat",
            "I'm a good listener if anyone needs to talk", "going through a hard time and need some support",
            "grieving and would like some company", "someone to have a cuppa and a chat with",
            "anxious and overwhelmed, could use a friendly voice", "I can offer a listening ear over the phone",
            "could really use a friendly ear right now",
            "I'm new here and don't know anyone, fancy a coffee",
            "just broke up with my partner and feel awful",
            "I'm happy to be a phone buddy for anyone on their own",
            "I lost someone and could do with some company",
            "I'm here if anyone needs to vent",
        ],
        [Housing] =
        [
            "I need a place to stay for a few nights", "we're being evicted and need somewhere to live",
            "I have a spare room if anyone needs somewhere to sleep", "problems with my landlord about the rent",
            "looking for a flat or a room to rent", "a sofa to sleep on for a week",
            "we might lose our home and don't know what to do", "temporary accommodation for a family",
            "can someone put me up for a couple of nights",
            "I need somewhere to stay, I've nowhere to go",
            "I have a spare room for someone who needs a roof",
            "my landlord is refusing to fix the damp and threatening to evict us",
            "help finding social housing",
        ],
        [HomeRepair] =
        [
            "can someone help me put up some shelves", "my boiler is broken and the heating won't come on",
            "I'm handy with DIY and can fix things around the house", "there's a leak under the kitchen sink",
            "help mowing the lawn and tidying the garden", "need a hand painting the living room",
            "a door that won't close properly needs fixing", "I can assemble flat pack furniture",
            "my washing machine won't drain",
            "the radiators are cold and the boiler keeps making noises",
            "I'm a plumber and can fix leaks and taps",
            "I can put up shelves, curtain poles and pictures",
            "help building a flat pack wardrobe",
            "a fence panel blew down in the wind",
            "I'm an electrician happy to help neighbours",
        ],
        [Moving] =
        [
            "I'm moving house and need help carrying boxes", "can anyone help me move a sofa to my new flat",
            "I have a van and can help people move", "need help packing up my flat before the move",
            "strong arms needed to shift furniture on saturday", "help loading and unloading a removal van",
            "I can help with heavy lifting on moving day", "moving out next week and need hands",
            "need strong people to help load a van on moving day",
            "can anyone help me get a sofa up three flights of stairs",
            "I'm moving out of my flat and need help with the boxes",
            "I have a van and strong arms for house moves",
            "help shifting a wardrobe into the new place",
        ],
        [Tech] =
        [
            "can someone help me set up my new phone", "my laptop is really slow and keeps crashing",
            "I'm good with computers and can help with tech problems", "I can't get the wifi to work",
            "help me learn to do video calls with my family", "I forgot my email password and I'm locked out",
            "setting up apps and online accounts", "my printer won't connect to the computer",
            "my computer is full of popups and viruses",
            "how do I move my photos to my new phone",
            "my laptop won't turn on",
            "I'm good with phones and tablets and can set them up",
            "help setting up zoom for a job interview",
            "setting up the smart tv and streaming",
        ],
        [Paperwork] =
        [
            "I need help filling in a form", "can someone help me write a letter to the council",
            "I'm good at paperwork and official letters", "help with a visa application",
            "understanding a letter I got from the tax office", "help filling in an insurance claim",
            "someone to help me sort out my documents", "completing an application form online",
            "help writing a complaint letter",
            "I can help fill in online government forms",
            "going through scary official letters together",
            "proofreading CVs and job applications",
            "help with a passport or driving licence application",
        ],
        [CategoryIds.Language] =
        [
            "can someone translate a letter from Arabic", "I need an interpreter for a meeting",
            "I speak Spanish and can translate for people", "help me practise my English conversation",
            "someone who speaks Ukrainian to come to an appointment with me", "I can help people learn German",
            "translating documents from Polish", "I'm fluent in French and happy to interpret",
            "I need a letter translated into English",
            "my mum can't read English and needs help with a letter",
            "I can teach sign language",
            "English conversation practice over a coffee",
            "can someone speak Portuguese for me on the phone",
        ],
        [Health] =
        [
            "help finding a doctor and booking an appointment", "I don't understand what the hospital told me",
            "I'm a retired nurse and can help people with health questions", "someone to come with me to my GP appointment",
            "how do I get my medication sorted", "help registering with a dentist",
            "navigating the health system after a diagnosis", "support getting a referral to a specialist",
            "how do I get a referral or chase a hospital appointment",
            "help understanding my blood test results",
            "I'm a pharmacist and can answer questions about medicines",
            "just been diagnosed and feel lost with the NHS",
            "I'm a nurse and can explain hospital letters",
            "help getting an assessment for my child",
        ],
        [Money] =
        [
            "I need advice about benefits", "struggling with debt and don't know where to start",
            "I can help people make a budget", "help understanding my bills",
            "how do I apply for universal credit", "I'm behind on my rent and energy bills",
            "advice on money and pensions", "help finding grants and financial support",
            "I'm always skint before payday and need help with a budget",
            "how do I apply for universal credit",
            "I got a letter from the bailiffs about arrears",
            "I'm an accountant and can help with tax returns",
            "advice on cutting my energy and phone bills",
            "help appealing a benefits decision",
        ],
        [Learning] =
        [
            "my son needs help with his maths homework", "can someone tutor me for my exams",
            "I'm a teacher and can tutor kids in reading", "help learning to play the guitar",
            "someone to help my daughter revise for her GCSEs", "I can teach basic computer skills classes",
            "lessons in sewing or knitting", "help studying for my driving theory test",
            "help revising for my driving theory test",
            "can someone teach me to use a sewing machine",
            "I tutor maths and science for GCSE and A level",
            "my kid is struggling with reading",
            "piano lessons for a beginner",
        ],
        [Goods] =
        [
            "does anyone have a winter coat my son could have", "I'm giving away baby clothes and a pram",
            "can I borrow a drill for the afternoon", "looking for a second hand bed and a table",
            "I have spare blankets and towels to donate", "need school shoes for my daughter",
            "anyone got a high chair they don't need", "I can lend tools, a ladder or a pressure washer",
            "does anyone have a spare cot or high chair",
            "giving away a sofa and some kitchen stuff",
            "looking for pots, pans and a kettle for my new flat",
            "I have kids clothes to pass on",
            "can anyone lend me a ladder or a hedge trimmer",
        ],
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
