using CareBot.Core.Understanding;

namespace CareBot.Core.Safety;

/// <summary>
/// Reads danger by meaning, for what no cue names ("i've said my goodbyes", "the curtains are going up"): a text is an
/// emergency when the emergencies it comes nearest to are closer than the ordinary needs it comes nearest to, by a
/// margin. The ordinary examples are hard ones on purpose (past strokes, "not urgent", idioms), so a danger word
/// alone does not tip it. Its kind is that of the nearest emergency. Learned from labelled texts; see
/// docs/understanding.md for how the numbers were chosen.
/// </summary>
public sealed class EmergencyMeanings
{
    /// <summary>How many nearest texts of each side are averaged: a few, so that one odd example decides nothing.</summary>
    public const int Neighbours = 8;

    /// <summary>How much nearer the emergencies must be than the ordinary needs.</summary>
    public const float Margin = 0.035f;

    private readonly (EmergencyKind Kind, SemanticVector Vector)[] _examples;

    private EmergencyMeanings(IEnumerable<(EmergencyKind Kind, SemanticVector Vector)> examples)
    {
        _examples = [.. examples];
    }

    public static EmergencyMeanings FromVectors(IEnumerable<(EmergencyKind Kind, SemanticVector Vector)> examples) => new(examples);

    public EmergencyAssessment Assess(SemanticVector meaning, float margin = Margin)
    {
        // The nearest few of each side, kept sorted as the examples go by: no list of hundreds to sort per need.
        Span<float> danger = stackalloc float[Neighbours];
        Span<float> ordinary = stackalloc float[Neighbours];
        danger.Fill(float.NegativeInfinity);
        ordinary.Fill(float.NegativeInfinity);
        var nearestKind = EmergencyKind.None;
        foreach (var (kind, vector) in _examples)
        {
            var similarity = meaning.Similarity(vector);
            if (kind == EmergencyKind.None)
            {
                KeepNearest(ordinary, similarity);
            }
            else if (KeepNearest(danger, similarity) == 0)
            {
                nearestKind = kind;
            }
        }

        if (float.IsNegativeInfinity(danger[^1]) || float.IsNegativeInfinity(ordinary[^1]))
        {
            return EmergencyAssessment.None;
        }

        return Average(danger) - Average(ordinary) > margin ? new EmergencyAssessment(nearestKind, "meaning") : EmergencyAssessment.None;
    }

    /// <summary>Puts a similarity among the nearest kept (largest first) if it belongs there; its place, or -1.</summary>
    private static int KeepNearest(Span<float> nearest, float similarity)
    {
        if (similarity <= nearest[^1])
        {
            return -1;
        }

        var at = nearest.Length - 1;
        while (at > 0 && nearest[at - 1] < similarity)
        {
            nearest[at] = nearest[at - 1];
            at--;
        }

        nearest[at] = similarity;
        return at;
    }

    private static float Average(ReadOnlySpan<float> values)
    {
        var sum = 0f;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }
}
