using CareBot.Core.Categories;
using CareBot.Core.Safety;

namespace CareBot.Core.Understanding;

/// <summary>
/// Reads a need or an offer: its categories, content words and, when a sentence model is installed for the text's
/// language, its meaning. Reading with a model takes milliseconds, so the engine does it before taking its write lock.
/// Without a model (or in another language) the words alone decide.
/// </summary>
public sealed class TextUnderstanding
{
    private readonly ISentenceEncoder? _encoder;
    private readonly CategoryMeanings? _meanings;
    private readonly CategoryRule _rule;
    private readonly EmergencyMeanings? _emergencies;

    /// <param name="meanings">
    /// What the categories mean to the encoder, learned beforehand; without them they are learned now from the catalog's
    /// examples, which takes the model a second or so.
    /// </param>
    /// <param name="emergencies">Emergencies and ordinary needs as the encoder reads them; without them danger is read by its cues alone.</param>
    public TextUnderstanding(
        CategoryCatalog catalog,
        ISentenceEncoder? encoder = null,
        CategoryMeanings? meanings = null,
        EmergencyMeanings? emergencies = null,
        CategoryRule? rule = null)
    {
        Catalog = catalog;
        _encoder = encoder;
        _emergencies = encoder is null ? null : emergencies;
        _rule = rule ?? CategoryRule.Default;
        if (encoder is not null)
        {
            _meanings = meanings ?? CategoryMeanings.Learn(catalog.ExamplesOf(encoder.Language), encoder, CancellationToken.None);
        }
    }

    /// <summary>Words only: what a test or a machine without the model uses.</summary>
    public static TextUnderstanding WordsOnly { get; } = new(CategoryCatalog.Default);

    public CategoryCatalog Catalog { get; }

    /// <summary>The language the sentence model reads, if one is installed; texts in others are read by words alone.</summary>
    public string? ModelLanguage => _encoder?.Language;

    public TextProfile Read(string text, string language, CancellationToken cancellationToken) =>
        ReadAll([text], language, cancellationToken)[0];

    /// <summary>
    /// Reads several texts in one language, one profile per text in the same order. The model reads them in one call,
    /// which costs far less than one call a text; each profile is exactly what <see cref="Read"/> would give for its text.
    /// </summary>
    public IReadOnlyList<TextProfile> ReadAll(IReadOnlyList<string> texts, string language, CancellationToken cancellationToken)
    {
        var byWords = texts.Select(text => Catalog.Analyze(text, language)).ToList();
        if (_encoder is null || _meanings is null || _encoder.Language != language || texts.Count == 0)
        {
            return byWords;
        }

        var meanings = _encoder.Encode(texts, cancellationToken);
        return [.. byWords.Select((words, i) => words with
        {
            Categories = _rule.Choose(words.Categories, _meanings.Score(meanings[i], _rule.NearestWeight)),
            Meaning = meanings[i],
        })];
    }

    /// <summary>
    /// Whether a need describes danger now: its cues first (precise, in every installed language), then, when the model
    /// read it, its meaning, which catches what no cue names. A miss is the worst outcome, so either one is enough.
    /// </summary>
    public EmergencyAssessment Emergency(string text, TextProfile profile)
    {
        var byCues = EmergencyDetector.Default.Assess(text);
        return byCues.IsEmergency || profile.Meaning is null || _emergencies is null ? byCues : _emergencies.Assess(profile.Meaning);
    }

    /// <summary>How close the text comes to each category by meaning, closest first; empty without a model.</summary>
    /// <param name="nearestWeight">The rule's own blend of nearest example and centre unless given (for tuning the rule).</param>
    public IReadOnlyList<CategoryScore> Scores(SemanticVector meaning, float? nearestWeight = null) =>
        _meanings?.Score(meaning, nearestWeight ?? _rule.NearestWeight) ?? [];
}
