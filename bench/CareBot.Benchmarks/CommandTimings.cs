namespace CareBot.Benchmarks;

/// <summary>One kind of command's latencies in one instance, and how many ended as a refusal (a value) or an exception.</summary>
internal sealed record CommandTimings(List<double> Milliseconds, int Refused, int Threw, string? FirstException)
{
    public static CommandTimings Empty() => new([], 0, 0, null);
}
