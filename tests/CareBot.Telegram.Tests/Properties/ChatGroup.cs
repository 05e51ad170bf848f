namespace CareBot.Telegram.Tests.Properties;

/// <summary>A group for one generated run: its title, and the first names of its owner and three members (index 0 is the owner).</summary>
public sealed record ChatGroup(string Title, IReadOnlyList<string> Names)
{
    /// <summary>The last member never opens a private chat with the bot, so the bot has to invite them from the group.</summary>
    public int NeverStartedTheBot => Names.Count - 1;

    public override string ToString() =>
        $"group \"{ChatStep.Printable(Title)}\", people: {string.Join(", ", Names.Select((name, i) => $"{i} \"{ChatStep.Printable(name)}\""))}";
}
