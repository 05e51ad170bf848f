namespace CareBot.Discord.Tests.Crash;

/// <summary>Marks carried in what members type (k0001, k0002, …), all the same width so none is part of another.</summary>
internal sealed class Tags
{
    private int _last;

    public string Next() => $"k{Interlocked.Increment(ref _last):0000}";
}
