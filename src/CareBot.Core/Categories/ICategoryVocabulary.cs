namespace CareBot.Core.Categories;

/// <summary>
/// One language's words for the built-in categories. Adding a language is adding one of these:
/// names, synonyms (single words or short phrases) and the small words to ignore when comparing texts.
/// </summary>
public interface ICategoryVocabulary
{
    string Language { get; }

    IReadOnlyList<Category> Categories { get; }

    /// <summary>Synonyms per category id; each synonym may be several words.</summary>
    IReadOnlyDictionary<string, string[]> Synonyms { get; }

    IReadOnlySet<string> StopWords { get; }

    /// <summary>
    /// A few short texts per category id, worded as members would, whose meanings a sentence model averages into what
    /// the category is about. Empty for a language no installed model reads.
    /// </summary>
    IReadOnlyDictionary<string, string[]> Examples { get; }
}
