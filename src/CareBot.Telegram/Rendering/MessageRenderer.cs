using CareBot.Core.Messages;

namespace CareBot.Telegram.Rendering;

/// <summary>
/// Renders the engine's platform-neutral message as Telegram HTML: every span escaped, styles as tags, people as
/// links to their accounts, split into parts of at most 4096 characters, buttons as an inline keyboard. A message with
/// a file sends the file first with the text as its caption; text longer than a caption's 1024 characters gives the
/// caption its first line (the /map picture's title) and follows the file as messages of its own, so nothing is cut.
/// </summary>
internal static class MessageRenderer
{
    public const int CaptionLimit = 1024;

    public static RenderedMessage Render(OutgoingMessage message, int? communityId, string botUsername, Action<Button>? droppedButton = null)
    {
        var keyboard = KeyboardLayout.Build(message.Buttons, communityId, botUsername, droppedButton);
        var lines = message.Lines.Select(line => line.SelectMany(SpanPieces.Of).ToList()).ToList();
        if (message.Attachment is null)
        {
            return new RenderedMessage(Parts(Joined(lines)), keyboard, null);
        }

        var whole = TextSplitter.Split(Joined(lines), CaptionLimit);
        if (whole.Count <= 1)
        {
            return new RenderedMessage([], keyboard, message.Attachment) { Caption = whole.Select(Part).FirstOrDefault() };
        }

        var title = lines.Count > 0 ? TextSplitter.Split(lines[0], CaptionLimit) : [];
        return title.Count == 1
            ? new RenderedMessage(Parts(Joined(lines.Skip(1))), keyboard, message.Attachment) { Caption = Part(title[0]) }
            : new RenderedMessage(Parts(Joined(lines)), keyboard, message.Attachment);
    }

    private static List<Piece> Joined(IEnumerable<List<Piece>> lines)
    {
        var pieces = new List<Piece>();
        var first = true;
        foreach (var line in lines)
        {
            if (!first)
            {
                pieces.Add(Piece.LineBreak);
            }

            pieces.AddRange(line);
            first = false;
        }

        return pieces;
    }

    private static List<RenderedPart> Parts(List<Piece> pieces) => [.. TextSplitter.Split(pieces).Select(Part)];

    private static RenderedPart Part(IReadOnlyList<Piece> part) =>
        new(string.Concat(part.Select(piece => piece.ToHtml())), part.Sum(piece => piece.Length));
}
