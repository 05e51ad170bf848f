using CareBot.Core.Messages;
using CareBot.Core.Outbox;

namespace CareBot.Core.Tests.Support;

/// <summary>One message as the console adapter would deliver it: where it went, the text a person reads, and its buttons.</summary>
internal sealed record Delivery(string To, bool IsPrivate, string Text, IReadOnlyList<Button> Buttons, OutboxMessage Message)
{
    public OutgoingMessage Content => Message.Content;

    /// <summary>The platform it was delivered on (the console, unless a test speaks on others too).</summary>
    public string Platform => Message.Destination.Platform;

    public bool IsTo(string person, string platform) => IsTo(person) && Platform == platform;

    public bool IsTo(string person) => IsPrivate && To == person;

    public bool IsInGroup(string group = EngineHarness.Group) => !IsPrivate && To == group;

    public bool HasButton(string command) => Buttons.Any(b => b.Command == command);

    public Button Button(string label) =>
        Buttons.SingleOrDefault(b => b.Label == label)
        ?? throw new InvalidOperationException($"No button \"{label}\" under: {Text}\nButtons: {string.Join(", ", Buttons.Select(b => b.Label))}");

    /// <summary>Whether the person is named: their display name in the text, or a person span carrying their account.</summary>
    public bool Names(string person) =>
        Text.Contains(People.DisplayNameOf(person), StringComparison.Ordinal)
        || Text.Contains(People.IdOf(person), StringComparison.Ordinal)
        || Content.Lines.SelectMany(line => line).Any(span => span.Person?.UserId == People.IdOf(person));

    public override string ToString() => $"--- to {To}{(IsPrivate ? " (dm)" : "")}\n{Text}";
}
