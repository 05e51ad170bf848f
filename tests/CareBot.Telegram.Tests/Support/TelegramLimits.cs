using System.Text;
using CareBot.Testing.FakeTelegram;
using CareBot.Testing.FakeTelegram.Html;

namespace CareBot.Telegram.Tests.Support;

/// <summary>
/// Checks a message the bot sent against what Telegram accepts, independently of the fake having accepted it: HTML that
/// parses, 1-4096 characters of text or at most 1024 of caption once parsed, labelled buttons whose callback data is
/// 1-64 bytes, and no replacement character (U+FFFD), the mark of an emoji cut in half.
/// </summary>
internal static class TelegramLimits
{
    public const int MaxText = 4096;
    public const int MaxCaption = 1024;
    public const int MaxCallbackData = 64;

    public static IEnumerable<string> Problems(SentMessage message)
    {
        var isCaption = message.Photo is not null || message.Document is not null;
        var shown = message.Text;
        if (string.Equals(message.ParseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            if (!TelegramHtml.TryParse(message.Text, rejectUnescapedAmpersand: true, out var parsed, out var error))
            {
                yield return $"can't parse entities: {error}";
                yield break;
            }

            shown = parsed.Trimmed().Text;
        }

        if (isCaption ? shown.Length > MaxCaption : shown.Length is 0 or > MaxText)
        {
            yield return $"{(isCaption ? "caption" : "text")} of {shown.Length} characters";
        }

        if (shown.Contains('\uFFFD', StringComparison.Ordinal))
        {
            yield return "a replacement character (an emoji cut in half)";
        }

        foreach (var button in message.AllButtons)
        {
            if (string.IsNullOrWhiteSpace(button.Text) || button.Text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                yield return $"a button labelled \"{button.Text}\"";
            }

            if (button.CallbackData is { } data && Encoding.UTF8.GetByteCount(data) is 0 or > MaxCallbackData)
            {
                yield return $"callback data of {Encoding.UTF8.GetByteCount(data)} bytes: {data}";
            }
        }
    }
}
