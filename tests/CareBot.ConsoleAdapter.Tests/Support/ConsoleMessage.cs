namespace CareBot.ConsoleAdapter.Tests.Support;

/// <summary>One message as the console printed it: where it went, its text lines and its button lines.</summary>
internal sealed record ConsoleMessage(string To, bool IsDirect, IReadOnlyList<string> Text, IReadOnlyList<string> Buttons)
{
    public string Body => string.Join('\n', Text);

    /// <summary>Everything a reader sees: text and buttons.</summary>
    public string Everything => string.Join('\n', [.. Text, .. Buttons]);

    public bool Says(string words) => Body.Contains(words, StringComparison.Ordinal);

    public bool HasButton(string label, string command) => Buttons.Contains($"[{label}] {command}");

    public override string ToString() => $"--- to {To}{(IsDirect ? " (dm)" : "")}\n{Everything}";
}
