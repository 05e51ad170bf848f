namespace CareBot.Telegram.Tests.Crash;

/// <summary>Marks carried in commands' text (r0001, r0002, …), all the same width so none is part of another.</summary>
internal sealed class TagSource
{
    private int _last;

    public string Next() => $"r{++_last:0000}";
}
