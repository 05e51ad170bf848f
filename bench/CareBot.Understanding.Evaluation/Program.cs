using System.Diagnostics;
using CareBot.Core.Categories;
using CareBot.Core.Understanding;
using CareBot.Understanding.MiniLM;
using CareBot.Understanding.Tests.Corpus;

// Measures each way of reading categories on the labelled corpora (docs/understanding.md):
//   dotnet run -c Release --project bench/CareBot.Understanding.Evaluation            the table
//   dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- misses  and every mistake
//   dotnet run -c Release --project bench/CareBot.Understanding.Evaluation -- tune    search the rule's numbers on the development corpus only
var mode = args.FirstOrDefault() ?? "table";
var development = CategoryCorpus.Load(CategoryCorpus.Development);
var heldOut = CategoryCorpus.Load(CategoryCorpus.HeldOut);

var loading = Stopwatch.StartNew();
using var encoder = new MiniLmSentenceEncoder();
var understanding = new TextUnderstanding(CategoryCatalog.Default, encoder);
Console.WriteLine($"Model loaded and categories learned in {loading.ElapsedMilliseconds} ms.");

var meanings = new Dictionary<string, SemanticVector>(StringComparer.Ordinal);
var timings = new List<double>();
foreach (var text in development.Concat(heldOut).Select(t => t.Text).Distinct())
{
    var started = Stopwatch.GetTimestamp();
    meanings[text] = encoder.Encode([text], CancellationToken.None)[0];
    timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

timings.Sort();
Console.WriteLine($"Reading one text with the model: median {timings[timings.Count / 2]:F2} ms, P90 {timings[timings.Count * 9 / 10]:F2} ms ({timings.Count} texts).");

if (mode == "tune")
{
    Tuning.Search(development, understanding, meanings);
    return;
}

var readers = new (string Name, Func<string, IReadOnlyList<string>> Read)[]
{
    ("words: Snowball stems and synonyms", text => CategoryCatalog.Default.Analyze(text).Categories),
    ("meaning: MiniLM alone", text => CategoryRule.Default.Choose([], understanding.Scores(meanings[text]))),
    ("words and meaning (CareBot)", text => CategoryRule.Default.Choose(CategoryCatalog.Default.Analyze(text).Categories, understanding.Scores(meanings[text]))),
};

Console.WriteLine();
Console.WriteLine("| reader | corpus | texts | intended found | no wrong category | categories a text |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
foreach (var (name, read) in readers)
{
    foreach (var (corpusName, corpus) in new[] { ("development", development), ("held-out", heldOut) })
    {
        var card = CategoryScorecard.Score(corpus, read);
        Console.WriteLine($"| {name} | {corpusName} | {card.Texts} | {card.IntendedRate:P1} | {card.NoneWrongRate:P1} | {card.CategoriesPerText:F2} |");
        if (mode == "misses")
        {
            foreach (var line in card.MistakeLines)
            {
                Console.Error.WriteLine(line);
            }
        }
    }
}
