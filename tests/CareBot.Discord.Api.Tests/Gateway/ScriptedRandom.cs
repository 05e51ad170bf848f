using System.Collections.Concurrent;

namespace CareBot.Discord.Api.Tests.Gateway;

/// <summary>A random source that answers the fractions a test lines up, then a fixed default: jitter becomes predictable.</summary>
internal sealed class ScriptedRandom(double otherwise = 0.5) : Random
{
    private readonly ConcurrentQueue<double> next = new();

    public void LineUp(params double[] fractions)
    {
        foreach (var fraction in fractions)
        {
            next.Enqueue(fraction);
        }
    }

    public override double NextDouble() => next.TryDequeue(out var fraction) ? fraction : otherwise;

    protected override double Sample() => NextDouble();
}
