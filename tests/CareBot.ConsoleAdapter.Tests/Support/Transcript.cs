namespace CareBot.ConsoleAdapter.Tests.Support;

/// <summary>What one script printed: the messages on standard output, and the notes on the diagnostics stream.</summary>
internal sealed class Transcript(string output, string diagnostics)
{
    public string Output { get; } = output;

    public string Diagnostics { get; } = diagnostics;

    public IReadOnlyList<ConsoleMessage> Messages { get; } = ProtocolOutput.Parse(output);

    /// <summary>Private messages to one person.</summary>
    public IReadOnlyList<ConsoleMessage> ToPerson(string name) => [.. Messages.Where(m => m.IsDirect && m.To == name)];

    /// <summary>Posts in one group chat.</summary>
    public IReadOnlyList<ConsoleMessage> InGroup(string group = "town") => [.. Messages.Where(m => !m.IsDirect && m.To == group)];

    /// <summary>The one private message to a person that says <paramref name="words"/>.</summary>
    public ConsoleMessage PersonHears(string name, string words) =>
        Assert.Single(ToPerson(name), m => m.Says(words));

    public ConsoleMessage GroupSees(string words, string group = "town") =>
        Assert.Single(InGroup(group), m => m.Says(words));

    public override string ToString() => Output + Diagnostics;
}
