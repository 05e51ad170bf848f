using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CareBot.Core.Understanding;

/// <summary>
/// The meaning of a text as a unit-length vector from an <see cref="ISentenceEncoder"/>. Two texts mean much the same
/// thing when their <see cref="Similarity"/> is high. Kept as one signed byte per dimension with a scale (the largest
/// component maps to 127): matching compares a need with thousands of offers, and 384 bytes an offer keep them in the
/// processor's cache where 1.5 KB of floats would not. The rounding moves a similarity by well under 0.01.
/// </summary>
public sealed class SemanticVector
{
    private const int HeaderBytes = sizeof(float);

    private readonly sbyte[] _values;
    private readonly float _scale;

    private SemanticVector(sbyte[] values, float scale)
    {
        _values = values;
        _scale = scale;
    }

    public int Dimensions => _values.Length;

    /// <summary>The signed bytes, for a caller that keeps many vectors side by side (the matching index).</summary>
    internal ReadOnlySpan<sbyte> Values => _values;

    internal float Scale => _scale;

    /// <summary>Cosine similarity of two vectors given as their bytes and scales.</summary>
    internal static float Similarity(ReadOnlySpan<sbyte> a, float aScale, ReadOnlySpan<sbyte> b, float bScale) =>
        a.Length == b.Length ? Dot(a, b) * aScale * bScale : 0f;

    /// <summary>A vector scaled to unit length, so that similarity is a plain dot product.</summary>
    public static SemanticVector FromValues(ReadOnlySpan<float> values)
    {
        var length = 0f;
        var largest = 0f;
        foreach (var value in values)
        {
            length += value * value;
            largest = Math.Max(largest, Math.Abs(value));
        }

        length = MathF.Sqrt(length);
        var quantized = new sbyte[values.Length];
        if (length == 0 || largest == 0)
        {
            return new SemanticVector(quantized, 0f);
        }

        var scale = largest / length / 127f;
        for (var i = 0; i < values.Length; i++)
        {
            quantized[i] = (sbyte)Math.Clamp(MathF.Round(values[i] / length / scale), -127f, 127f);
        }

        return new SemanticVector(quantized, scale);
    }

    /// <summary>The mean direction of several texts' vectors: what they have in common.</summary>
    public static SemanticVector Centroid(IReadOnlyList<SemanticVector> vectors)
    {
        var sum = new float[vectors[0].Dimensions];
        foreach (var vector in vectors)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += vector._values[i] * vector._scale;
            }
        }

        return FromValues(sum);
    }

    /// <summary>The stored form: the scale (4 bytes, little-endian), then one signed byte per dimension.</summary>
    public static SemanticVector FromBytes(byte[] stored)
    {
        var scale = BinaryPrimitives.ReadSingleLittleEndian(stored);
        return new SemanticVector(MemoryMarshal.Cast<byte, sbyte>(stored.AsSpan(HeaderBytes)).ToArray(), scale);
    }

    public byte[] ToBytes()
    {
        var stored = new byte[HeaderBytes + _values.Length];
        BinaryPrimitives.WriteSingleLittleEndian(stored, _scale);
        MemoryMarshal.Cast<sbyte, byte>(_values).CopyTo(stored.AsSpan(HeaderBytes));
        return stored;
    }

    /// <summary>Cosine similarity: 1 for the same meaning, around 0 for unrelated texts. Vectors of another model compare as 0.</summary>
    public float Similarity(SemanticVector other) =>
        other._values.Length == _values.Length ? Dot(_values, other._values) * _scale * other._scale : 0f;

    /// <summary>
    /// The integer dot product. Matching takes thousands a need, so where the processor can, pairs of 16-bit products
    /// are multiplied and added in one instruction (pmaddwd), 32 or 16 dimensions at a time; elsewhere it falls back to
    /// portable vectors. Every path gives exactly the same sum.
    /// </summary>
    private static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (Avx512BW.IsSupported && a.Length % Vector256<sbyte>.Count == 0)
        {
            return DotAvx512(a, b);
        }

        if (Avx2.IsSupported && a.Length % Vector128<sbyte>.Count == 0)
        {
            return DotAvx2(a, b);
        }

        return DotPortable(a, b);
    }

    internal static int DotAvx512(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        ref var left = ref MemoryMarshal.GetReference(a);
        ref var right = ref MemoryMarshal.GetReference(b);
        var sum = Vector512<int>.Zero;
        for (nuint i = 0; i < (nuint)a.Length; i += (nuint)Vector256<sbyte>.Count)
        {
            var x = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref left, i));
            var y = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref right, i));
            sum += Avx512BW.MultiplyAddAdjacent(x, y);
        }

        return Vector512.Sum(sum);
    }

    internal static int DotAvx2(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        ref var left = ref MemoryMarshal.GetReference(a);
        ref var right = ref MemoryMarshal.GetReference(b);
        var sum = Vector256<int>.Zero;
        for (nuint i = 0; i < (nuint)a.Length; i += (nuint)Vector128<sbyte>.Count)
        {
            var x = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref left, i));
            var y = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref right, i));
            sum += Avx2.MultiplyAddAdjacent(x, y);
        }

        return Vector256.Sum(sum);
    }

    // Widened to 16 bits to multiply (127 × 127 fits) and to 32 bits to add, the processor's full vector width at a time.
    internal static int DotPortable(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var sum = Vector<int>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
        {
            Vector.Widen(new Vector<sbyte>(a[i..]), out Vector<short> aLow, out Vector<short> aHigh);
            Vector.Widen(new Vector<sbyte>(b[i..]), out Vector<short> bLow, out Vector<short> bHigh);
            Vector.Widen(aLow * bLow, out Vector<int> low1, out Vector<int> low2);
            Vector.Widen(aHigh * bHigh, out Vector<int> high1, out Vector<int> high2);
            sum += low1 + low2 + high1 + high2;
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
