using System.Collections.Concurrent;
using CareBot.Core.Understanding;
using CareBot.Understanding.MiniLM;

namespace CareBot.Benchmarks;

/// <summary>
/// CareBot's reading of English (MiniLM, the shipped meanings) with each text's vector kept once worked out. The
/// engine benchmarks measure the engine's part: in production the model reads a need before the engine takes its lock,
/// and <see cref="ReadingBenchmarks"/> measures that reading on its own. Seeding 50,000 offers also needs it: the
/// offer texts repeat, and encoding each once instead of every time saves minutes.
/// </summary>
internal static class BenchUnderstanding
{
    private static readonly Lazy<TextUnderstanding> Shared = new(() => MiniLmMeanings.EnglishUnderstanding(new RememberingEncoder()));

    public static TextUnderstanding Remembering => Shared.Value;

    /// <summary>The real model, asked once per distinct text; it lives as long as the benchmark process.</summary>
    private sealed class RememberingEncoder : ISentenceEncoder, IDisposable
    {
        private readonly MiniLmSentenceEncoder _model = new();
        private readonly ConcurrentDictionary<string, SemanticVector> _known = new(StringComparer.Ordinal);

        public string Language => _model.Language;

        public IReadOnlyList<SemanticVector> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            [.. texts.Select(text => _known.GetOrAdd(text, t => _model.Encode([t], cancellationToken)[0]))];

        public void Dispose() => _model.Dispose();
    }
}
