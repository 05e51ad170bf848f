using System.Numerics;
using System.Runtime.InteropServices;

namespace CareBot.Core.Understanding;

/// <summary>
/// The meaning of a text as a unit-length vector from an <see cref="ISentenceEncoder"/>. Two texts mean much the same
/// thing when their <see cref="Similarity"/> is high. Stored as one signed byte per dimension: the rounding costs
/// under 1 % of similarity and a 384-dimension vector takes 384 bytes instead of 3 KB of BSON doubles.
/// </summary>
public sealed class SemanticVector
{
    private const float Scale = 127f;

    private readonly float[] _values;

    private SemanticVector(float[] unitValues)
    {
        _values = unitValues;
    }

    public int Dimensions => _values.Length;

    /// <summary>A vector scaled to unit length, so that similarity is a plain dot product.</summary>
    public static SemanticVector FromValues(ReadOnlySpan<float> values)
    {
        var copy = values.ToArray();
        var length = MathF.Sqrt(Dot(copy, copy));
        if (length > 0)
        {
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] /= length;
            }
        }

        return new SemanticVector(copy);
    }

    /// <summary>The mean direction of several texts' vectors: what they have in common.</summary>
    public static SemanticVector Centroid(IReadOnlyList<SemanticVector> vectors)
    {
        var sum = new float[vectors[0].Dimensions];
        foreach (var vector in vectors)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += vector._values[i];
            }
        }

        return FromValues(sum);
    }

    public static SemanticVector FromBytes(byte[] stored)
    {
        var values = new float[stored.Length];
        var signed = MemoryMarshal.Cast<byte, sbyte>(stored);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = signed[i] / Scale;
        }

        return FromValues(values);
    }

    public byte[] ToBytes()
    {
        var stored = new byte[_values.Length];
        var signed = MemoryMarshal.Cast<byte, sbyte>(stored.AsSpan());
        for (var i = 0; i < _values.Length; i++)
        {
            signed[i] = (sbyte)Math.Clamp(MathF.Round(_values[i] * Scale), -Scale, Scale);
        }

        return stored;
    }

    /// <summary>Cosine similarity: 1 for the same meaning, around 0 for unrelated texts. Vectors of another model compare as 0.</summary>
    public float Similarity(SemanticVector other) =>
        other._values.Length == _values.Length ? Dot(_values, other._values) : 0f;

    // Matching compares a need with thousands of offers, so the dot product uses the processor's vector width.
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
