using CareBot.Core.Messages;
using CareBot.Core.Reports;

namespace CareBot.Core.Engine;

/// <summary>
/// Turns a message's <see cref="OutgoingMessage.MapToDraw"/> into its picture, just before the message is handed to a
/// platform: after the engine's turn, on the caller's or the delivery's own thread, so a burst of /map commands never
/// holds up the commands queued behind them.
/// </summary>
internal static class PictureDrawing
{
    /// <summary>
    /// The message as it is sent: with the picture of its map attached, or as text alone when the host draws no pictures
    /// (or the message carries no map). Drawing again on a retry gives the same picture: it shows the map's own moment.
    /// </summary>
    public static OutgoingMessage Drawn(OutgoingMessage message, IMapPainter? painter) =>
        message.MapToDraw is not { } map ? message
        : painter is null ? message with { MapToDraw = null }
        : message with { MapToDraw = null, Attachment = painter.Paint(map) };

    public static EngineResult Drawn(EngineResult result, IMapPainter? painter) =>
        result.Replies.Any(reply => reply.Message.MapToDraw is not null)
            ? result with { Replies = [.. result.Replies.Select(reply => reply with { Message = Drawn(reply.Message, painter) })] }
            : result;
}
