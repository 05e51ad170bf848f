using System.Text.Json;
using CareBot.Testing.FakeTelegram.Html;
using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// Reads a text or caption with its parse_mode and checks it as Telegram does: parsed first, trimmed, then measured
/// in UTF-16 code units. Markdown modes are passed through unparsed: CareBot renders HTML only.
/// </summary>
internal static class FormattedTextReader
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    public static BotApiResult? ReadText(BotApiCall call, out FormattedText text)
    {
        var error = Read(call, "text", "entities", MaxTextLength, BotApiErrors.TextTooLong, out var read);
        text = read!;
        if (error is not null || read is not null)
        {
            return error;
        }

        // No text at all, and text that is only white space once parsed and trimmed, are refused in different words.
        return string.IsNullOrEmpty(call.Args.GetString("text")) ? BotApiErrors.TextEmpty : BotApiErrors.TextMustBeNonEmpty;
    }

    /// <summary>A caption is optional: <paramref name="caption"/> is null when there is none.</summary>
    public static BotApiResult? ReadCaption(BotApiCall call, out FormattedText? caption) =>
        Read(call, "caption", "caption_entities", MaxCaptionLength, BotApiErrors.CaptionTooLong, out caption);

    private static BotApiResult? Read(BotApiCall call, string parameter, string entitiesParameter, int maxLength, BotApiResult tooLong, out FormattedText? text)
    {
        text = null;
        var raw = call.Args.GetString(parameter);
        if (raw is null)
        {
            return null;
        }

        var parseMode = call.Args.GetString("parse_mode");
        ParsedText? parsed;
        switch (parseMode?.ToLowerInvariant())
        {
            case null:
                parsed = new ParsedText(raw, ExplicitEntities(call.Args.GetJson(entitiesParameter)));
                break;
            case "html":
                if (!TelegramHtml.TryParse(raw, call.State.Options.RejectUnescapedAmpersand, out parsed, out var error))
                {
                    return BotApiErrors.CantParseEntities(error);
                }

                break;
            case "markdown" or "markdownv2":
                parsed = ParsedText.Plain(raw);
                break;
            default:
                return BotApiErrors.BadRequest("unsupported parse_mode");
        }

        parsed = parsed.Trimmed();
        if (parsed.Length > maxLength)
        {
            return tooLong;
        }

        text = parsed.Length == 0 ? null : new FormattedText(raw, parseMode, parsed);
        return null;
    }

    private static List<TextEntity> ExplicitEntities(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        return [.. array.EnumerateArray()
            .Where(entity => entity.ValueKind == JsonValueKind.Object)
            .Select(entity => new TextEntity(
                entity.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "",
                entity.TryGetProperty("offset", out var offset) ? offset.GetInt32() : 0,
                entity.TryGetProperty("length", out var length) ? length.GetInt32() : 0,
                entity.TryGetProperty("url", out var url) ? url.GetString() : null))];
    }
}
