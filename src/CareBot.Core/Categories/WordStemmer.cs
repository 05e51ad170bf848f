using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CareBot.Core.Categories;

/// <summary>
/// Folds a word to its stem with the Snowball stemmer of its language ("riding", "rides" → "ride"; "caring" → "care",
/// never "car"), so a neighbour's words meet the synonyms however they are inflected. Snowball's stemmers keep state
/// while they work, so a thread takes one from a small pool for each word; a language Snowball lacks falls back to English.
/// </summary>
public sealed class WordStemmer
{
    private static readonly ConcurrentDictionary<string, WordStemmer> ByLanguage = new(StringComparer.Ordinal);

    private readonly ConcurrentBag<SnowballProgram> _idle = [];
    private readonly Func<SnowballProgram> _create;

    private WordStemmer(Func<SnowballProgram> create)
    {
        _create = create;
    }

    /// <summary>The stemmer for an ISO 639-1 language code.</summary>
    public static WordStemmer For(string language) => ByLanguage.GetOrAdd(language, static code => new WordStemmer(code switch
    {
        "de" => static () => new GermanStemmer(),
        "es" => static () => new SpanishStemmer(),
        "fr" => static () => new FrenchStemmer(),
        "it" => static () => new ItalianStemmer(),
        "nl" => static () => new DutchStemmer(),
        "pt" => static () => new PortugueseStemmer(),
        "ru" => static () => new RussianStemmer(),
        _ => static () => new EnglishStemmer(),
    }));

    /// <summary>The stem of one lower-case word.</summary>
    public string Stem(string word)
    {
        if (!_idle.TryTake(out var program))
        {
            program = _create();
        }

        program.SetCurrent(word);
        program.Stem();
        var stem = program.Current;
        _idle.Add(program);
        return stem;
    }
}
