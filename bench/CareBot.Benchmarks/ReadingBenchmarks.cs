using BenchmarkDotNet.Attributes;
using CareBot.Core.Categories;
using CareBot.Core.Safety;
using CareBot.Core.Understanding;
using CareBot.Understanding.MiniLM;
using Perfolizer.Mathematics.OutlierDetection;

namespace CareBot.Benchmarks;

/// <summary>
/// Reading a need before the engine's lock is taken: the sentence model and the categories it chooses (goal: 10 ms
/// median or less on the 2-core machine), and the emergency cues. Each call reads the next of the benchmark's need
/// texts, as the model meets a new text every time in production.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 50, iterationCount: 1000, invocationCount: 1)]
[Outliers(OutlierMode.DontRemove)]
[Config(typeof(PerOperationColumns))]
public class ReadingBenchmarks : IDisposable
{
    private MiniLmSentenceEncoder? _encoder;
    private TextUnderstanding? _understanding;
    private int _next;

    [GlobalSetup]
    public void SetUp()
    {
        _encoder = new MiniLmSentenceEncoder();
        _understanding = MiniLmMeanings.EnglishUnderstanding(_encoder);
    }

    [Benchmark]
    public TextProfile ReadNeedWithModel() => _understanding!.Read(NextText(), "en", CancellationToken.None);

    [Benchmark]
    public TextProfile ReadNeedByWords() => CategoryCatalog.Default.Analyze(NextText());

    [Benchmark]
    public EmergencyAssessment EmergencyCues() => EmergencyDetector.Default.Assess(NextText());

    [GlobalCleanup]
    public void Dispose()
    {
        _encoder?.Dispose();
        _encoder = null;
        GC.SuppressFinalize(this);
    }

    private string NextText() => NeedTexts.All[_next++ % NeedTexts.All.Count];
}
