using System.Runtime.Intrinsics.X86;
using CareBot.Core.Understanding;

namespace CareBot.Core.Tests.Understanding;

/// <summary>
/// How alike two meanings are decides who is asked about a need, so it must not depend on the processor: the fast
/// paths some processors have give exactly the sum of the plain one.
/// </summary>
public sealed class SemanticVectorTests
{
    private static readonly Random Seeded = new(20261202);

    [Fact]
    public void Every_processor_path_gives_the_same_dot_product()
    {
        for (var round = 0; round < 200; round++)
        {
            var a = RandomBytes(384);
            var b = RandomBytes(384);
            var expected = 0;
            for (var i = 0; i < a.Length; i++)
            {
                expected += a[i] * b[i];
            }

            Assert.Equal(expected, SemanticVector.DotPortable(a, b));
            if (Avx2.IsSupported)
            {
                Assert.Equal(expected, SemanticVector.DotAvx2(a, b));
            }

            if (Avx512BW.IsSupported)
            {
                Assert.Equal(expected, SemanticVector.DotAvx512(a, b));
            }
        }
    }

    [Fact]
    public void The_extremes_do_not_overflow()
    {
        var most = Enumerable.Repeat((sbyte)127, 384).ToArray();
        var least = Enumerable.Repeat((sbyte)-127, 384).ToArray();

        Assert.Equal(-127 * 127 * 384, SemanticVector.DotPortable(most, least));
        if (Avx2.IsSupported)
        {
            Assert.Equal(127 * 127 * 384, SemanticVector.DotAvx2(least, least));
        }

        if (Avx512BW.IsSupported)
        {
            Assert.Equal(-127 * 127 * 384, SemanticVector.DotAvx512(least, most));
        }
    }

    [Fact]
    public void A_meaning_is_most_like_itself_and_unlike_its_opposite()
    {
        var values = Enumerable.Range(0, 384).Select(i => MathF.Sin(i * 0.37f)).ToArray();
        var meaning = SemanticVector.FromValues(values);
        var opposite = SemanticVector.FromValues([.. values.Select(v => -v)]);

        Assert.InRange(meaning.Similarity(meaning), 0.99f, 1.01f);
        Assert.InRange(meaning.Similarity(opposite), -1.01f, -0.99f);
    }

    private static sbyte[] RandomBytes(int length)
    {
        var values = new sbyte[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = (sbyte)Seeded.Next(-127, 128);
        }

        return values;
    }
}
