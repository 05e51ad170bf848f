namespace CareBot.Core.Understanding;

/// <summary>
/// A sentence-embedding model: turns a text into a vector whose direction carries its meaning, so that "a lift to the
/// vet" lands near "a ride for my dog to the animal clinic" though they share no word. The engine only asks for
/// vectors; which model makes them (and where it runs) is the host's choice.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>The language the model was trained on; texts in other languages are read by words alone.</summary>
    string Language { get; }

    /// <summary>Encodes each text; CPU-bound and thread-safe.</summary>
    IReadOnlyList<SemanticVector> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
