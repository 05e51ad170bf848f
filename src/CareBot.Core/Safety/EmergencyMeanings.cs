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
        var danger = new List<(float Similarity, EmergencyKind Kind)>();
        var ordinary = new List<float>();
        foreach (var (kind, vector) in _examples)
        {
            var similarity = meaning.Similarity(vector);
            if (kind == EmergencyKind.None)
            {
                ordinary.Add(similarity);
            }
            else
            {
                danger.Add((similarity, kind));
            }
        }

        if (danger.Count == 0 || ordinary.Count == 0)
        {
            return EmergencyAssessment.None;
        }

        danger.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        ordinary.Sort((a, b) => b.CompareTo(a));
        var nearDanger = danger.Take(Neighbours).Average(d => d.Similarity);
        var nearOrdinary = ordinary.Take(Neighbours).Average();
        return nearDanger - nearOrdinary > margin ? new EmergencyAssessment(danger[0].Kind, "meaning") : EmergencyAssessment.None;
    }
}
