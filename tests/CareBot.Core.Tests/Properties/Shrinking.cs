namespace CareBot.Core.Tests.Properties;

/// <summary>Shrinks a failing run of steps by leaving steps out, half of them first, then smaller and smaller runs.</summary>
internal static class Shrinking
{
    public static IEnumerable<T[]> Shorter<T>(IReadOnlyList<T> steps)
    {
        for (var size = steps.Count / 2; size >= 1; size /= 2)
        {
            for (var start = 0; start + size <= steps.Count; start += size)
            {
                yield return [.. steps.Take(start), .. steps.Skip(start + size)];
            }
        }
    }
}
