namespace CareBot.Core.Categories;

/// <summary>
/// The category taxonomy and its synonyms in every installed language. Infers categories from free text
/// by looking for synonyms (as Snowball stems, so phrases and inflections match) and extracts keywords for closeness.
/// </summary>
public sealed class CategoryCatalog
{
    private readonly Dictionary<string, LanguageIndex> _languages = new(StringComparer.Ordinal);

    public CategoryCatalog(IEnumerable<ICategoryVocabulary> vocabularies)
    {
        foreach (var vocabulary in vocabularies)
        {
            _languages[vocabulary.Language] = new LanguageIndex(vocabulary);
        }

        if (!_languages.ContainsKey("en"))
        {
            throw new ArgumentException("The English vocabulary is required: it is the fallback language.", nameof(vocabularies));
        }
    }

    public static CategoryCatalog Default { get; } = new([new EnglishVocabulary()]);

    public IReadOnlyList<Category> All(string language = "en") => For(language).Vocabulary.Categories;

    /// <summary>Texts typical of each category, for a sentence model to learn what the categories mean.</summary>
    public IEnumerable<(string Category, string Text)> ExamplesOf(string language = "en") =>
        For(language).Vocabulary.Examples.SelectMany(e => e.Value.Select(text => (e.Key, text)));

    public Category Find(string id, string language = "en") =>
        For(language).ById.TryGetValue(id, out var category) ? category : new Category(id, id, "•");

    /// <summary>Categories (at least "other") and keywords of a text.</summary>
    public TextProfile Analyze(string text, string language = "en")
    {
        var index = For(language);
        var stems = TextAnalyzer.Stems(text, index.Stemmer);
        var categories = new List<string>();
        for (var i = 0; i < stems.Count; i++)
        {
            if (!index.PhrasesByFirstStem.TryGetValue(stems[i], out var phrases))
            {
                continue;
            }

            foreach (var (phrase, categoryId) in phrases)
            {
                if (!categories.Contains(categoryId) && StartsAt(stems, i, phrase))
                {
                    categories.Add(categoryId);
                }
            }
        }

        if (categories.Count == 0)
        {
            categories.Add(CategoryIds.Other);
        }

        var keywords = stems.Where(s => s.Length >= 3 && !index.StopStems.Contains(s)).Distinct().Take(24).ToList();
        return new TextProfile(categories, keywords);
    }

    private static bool StartsAt(IReadOnlyList<string> stems, int start, string[] phrase)
    {
        if (start + phrase.Length > stems.Count)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            if (stems[start + j] != phrase[j])
            {
                return false;
            }
        }

        return true;
    }

    private LanguageIndex For(string language) => _languages.TryGetValue(language, out var index) ? index : _languages["en"];

    private sealed class LanguageIndex
    {
        public LanguageIndex(ICategoryVocabulary vocabulary)
        {
            Vocabulary = vocabulary;
            Stemmer = WordStemmer.For(vocabulary.Language);
            ById = vocabulary.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
            StopStems = vocabulary.StopWords.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
            foreach (var (categoryId, synonyms) in vocabulary.Synonyms)
            {
                foreach (var synonym in synonyms)
                {
                    var stems = TextAnalyzer.Stems(synonym, Stemmer).ToArray();
                    if (stems.Length == 0)
                    {
                        continue;
                    }

                    if (!PhrasesByFirstStem.TryGetValue(stems[0], out var list))
                    {
                        PhrasesByFirstStem[stems[0]] = list = [];
                    }

                    list.Add((stems, categoryId));
                }
            }
        }

        public ICategoryVocabulary Vocabulary { get; }

        public WordStemmer Stemmer { get; }

        public Dictionary<string, Category> ById { get; }

        public HashSet<string> StopStems { get; }

        public Dictionary<string, List<(string[] Phrase, string CategoryId)>> PhrasesByFirstStem { get; } = new(StringComparer.Ordinal);
    }
}
