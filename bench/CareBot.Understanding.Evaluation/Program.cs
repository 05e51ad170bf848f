using System.Diagnostics;
using CareBot.Core.Categories;
using CareBot.Core.Understanding;
using CareBot.Understanding.Evaluation;
using CareBot.Understanding.MiniLM;
using CareBot.Core.Tests.Safety;
using CareBot.Understanding.Tests.Corpus;

// Measures each way of reading categories on the labelled corpora, for docs/understanding.md:
//   dotnet run -c Release --project bench/CareBot.Understanding.Evaluation            the table
//   dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- misses  and CareBot's mistakes on the development corpus
//   dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- tune    search the rule's numbers on the development corpus only
//   dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- emergencies  the emergency table
//   dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- export  learn the shipped meanings again
var mode = args.FirstOrDefault() ?? "table";
var development = CategoryCorpus.Load(CategoryCorpus.Development);
var heldOut = CategoryCorpus.Load(CategoryCorpus.HeldOut);
var vocabularyTexts = CategoryCatalog.Default.ExamplesOf("en").ToList();
var emergencyTraining = EmergencyCorpus.Training().ToList();
var emergencyHeldOut = EmergencyCorpus.HeldOut();

var loading = Stopwatch.StartNew();
using var encoder = new MiniLmSentenceEncoder();
Console.WriteLine($"Model loaded in {loading.ElapsedMilliseconds} ms.");

var meanings = new Dictionary<string, SemanticVector>(StringComparer.Ordinal);
var timings = new List<double>();
foreach (var text in development.Concat(heldOut).Select(t => t.Text).Concat(vocabularyTexts.Select(e => e.Text))
             .Concat(emergencyTraining.Select(e => e.Text)).Concat(emergencyHeldOut.Select(e => e.Text)).Distinct())
{
    var started = Stopwatch.GetTimestamp();
    meanings[text] = encoder.Encode([text], CancellationToken.None)[0];
    timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

timings.Sort();
Console.WriteLine($"Reading one text with the model: median {timings[timings.Count / 2]:F2} ms, P90 {timings[timings.Count * 9 / 10]:F2} ms ({timings.Count} texts).");

var vocabulary = vocabularyTexts.Select(e => (e.Category, meanings[e.Text])).ToList();
var training = CategoryTraining.English(development).ToList();
switch (mode)
{
    case "export":
        Export.Write("english-categories.tsv", training, meanings);
        Export.Write("english-emergencies.tsv", emergencyTraining, meanings);
        return;
    case "emergencies":
        Emergencies.Table(emergencyTraining, emergencyHeldOut, meanings);
        return;
    case "tune":
        Tuning.Search(development, vocabulary, meanings);
        return;
}

var rule = CategoryRule.Default;
var byVocabulary = CategoryMeanings.FromVectors(vocabulary);
var learned = CategoryMeanings.FromVectors(training.Select(e => (e.Category, meanings[e.Text])));
var crossValidated = CrossValidation.Scores(development, vocabulary, meanings, rule.NearestWeight);
IReadOnlyList<string> Words(string text) => CategoryCatalog.Default.Analyze(text).Categories;

var readers = new (string Name, Func<string, IReadOnlyList<string>> Development, Func<string, IReadOnlyList<string>> HeldOut)[]
{
    ("words: Snowball stems and synonyms", Words, Words),
    ("meaning alone: MiniLM, vocabulary examples", t => rule.Choose([], byVocabulary.Score(meanings[t], rule.NearestWeight)), t => rule.Choose([], byVocabulary.Score(meanings[t], rule.NearestWeight))),
    ("words and meaning, vocabulary examples", t => rule.Choose(Words(t), byVocabulary.Score(meanings[t], rule.NearestWeight)), t => rule.Choose(Words(t), byVocabulary.Score(meanings[t], rule.NearestWeight))),
    ("words and meaning, examples and development corpus (CareBot)", t => rule.Choose(Words(t), crossValidated[t]), t => rule.Choose(Words(t), learned.Score(meanings[t], rule.NearestWeight))),
};

Console.WriteLine();
Console.WriteLine("| reader | corpus | texts | intended found | no wrong category | categories a text |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
foreach (var (name, onDevelopment, onHeldOut) in readers)
{
    foreach (var (corpusName, corpus, read) in new[] { ("development", development, onDevelopment), ("held-out", heldOut, onHeldOut) })
    {
        var card = CategoryScorecard.Score(corpus, read);
        var label = corpusName == "development" && name.EndsWith("(CareBot)", StringComparison.Ordinal) ? "development, 5-fold cross-validated" : corpusName;
        Console.WriteLine($"| {name} | {label} | {card.Texts} | {card.IntendedRate:P1} | {card.NoneWrongRate:P1} | {card.CategoriesPerText:F2} |");
        if (mode == "misses" && name.EndsWith("(CareBot)", StringComparison.Ordinal) && corpusName == "development")
        {
            foreach (var line in card.MistakeLines)
            {
                Console.Error.WriteLine(line);
            }
        }
    }
}
