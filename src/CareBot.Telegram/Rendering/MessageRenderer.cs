using CareBot.Core.Messages;

namespace CareBot.Telegram.Rendering;

/// <summary>
/// Renders the engine's platform-neutral message as Telegram HTML: every span escaped, styles as tags, people as
/// links to their accounts, split into parts of at most 4096 characters, buttons as an inline keyboard.
/// </summary>
internal static class MessageRenderer
{
    public static RenderedMessage Render(OutgoingMessage message, int? communityId, string botUsername, Action<Button>? droppedButton = null)
    {
        var pieces = new List<Piece>();
        for (var i = 0; i < message.Lines.Count; i++)
        {
            if (i > 0)
            {
                pieces.Add(Piece.LineBreak);
            }

            pieces.AddRange(message.Lines[i].SelectMany(SpanPieces.Of));
        }

        var parts = TextSplitter.Split(pieces)
            .Select(part => new RenderedPart(string.Concat(part.Select(piece => piece.ToHtml())), part.Sum(piece => piece.Length)))
            .ToList();
        return new RenderedMessage(parts, KeyboardLayout.Build(message.Buttons, communityId, botUsername, droppedButton), message.Attachment);
    }
}
