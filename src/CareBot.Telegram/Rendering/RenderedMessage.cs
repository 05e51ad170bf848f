using CareBot.Core.Messages;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Telegram.Rendering;

/// <summary>
/// A message as Telegram calls: the file (if any) with its <see cref="Caption"/>, then the text <see cref="Parts"/>, the
/// keyboard on whichever goes last.
/// </summary>
internal sealed record RenderedMessage(IReadOnlyList<RenderedPart> Parts, InlineKeyboardMarkup? Keyboard, Attachment? Attachment)
{
    /// <summary>The words sent with the file, at most <see cref="MessageRenderer.CaptionLimit"/> characters.</summary>
    public RenderedPart? Caption { get; init; }
}
