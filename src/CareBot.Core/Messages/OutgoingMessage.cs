namespace CareBot.Core.Messages;

/// <summary>
/// A platform-neutral message: lines of styled spans, buttons that each carry one command, and an
/// optional file. Each adapter renders it in its own way (Telegram HTML, Discord markdown, console text).
/// </summary>
public sealed record OutgoingMessage
{
    public required IReadOnlyList<IReadOnlyList<Span>> Lines { get; init; }

    public IReadOnlyList<Button> Buttons { get; init; } = [];

    public Attachment? Attachment { get; init; }

    /// <summary>
    /// A resource map whose picture goes with this message, drawn on the message's way out (<see cref="Engine.PictureDrawing"/>)
    /// rather than in the engine's turn: drawing takes milliseconds every other command would wait for, and the map's
    /// figures are a few hundred bytes where its picture is a hundred kilobytes to store and carry.
    /// </summary>
    public Reports.ResourceMap? MapToDraw { get; init; }

    /// <summary>The text with styles dropped, as a person would read it; used by the console and by tests.</summary>
    public string PlainText => string.Join('\n', Lines.Select(line => string.Concat(line.Select(span => span.Text))));

    public static OutgoingMessage Text(string text) => new() { Lines = [[Span.Plain(text)]] };

    /// <summary>
    /// The same message with every button that names no community tied to <paramref name="communityId"/>: for an answer
    /// handed straight back to the adapter, which has no outbox message to carry the community.
    /// </summary>
    public OutgoingMessage About(int communityId) =>
        Buttons.All(b => b.CommunityId is not null) ? this : this with { Buttons = [.. Buttons.Select(b => b.CommunityId is null ? b with { CommunityId = communityId } : b)] };
}
