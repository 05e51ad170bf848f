using CareBot.Core.Messages;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Telegram.Rendering;

/// <summary>An outbox message ready for Telegram: text parts in order, the keyboard for the last one, and a file.</summary>
internal sealed record RenderedMessage(IReadOnlyList<RenderedPart> Parts, InlineKeyboardMarkup? Keyboard, Attachment? Attachment);
