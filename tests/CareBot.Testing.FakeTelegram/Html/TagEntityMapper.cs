namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>Turns a closed tag into the MessageEntity Telegram would report for it.</summary>
internal static class TagEntityMapper
{
    public static TextEntity? ToEntity(OpenTag tag, int offset, int length, string innerText) => tag.Name switch
    {
        "b" or "strong" => new TextEntity("bold", offset, length),
        "i" or "em" => new TextEntity("italic", offset, length),
        "u" or "ins" => new TextEntity("underline", offset, length),
        "s" or "strike" or "del" => new TextEntity("strikethrough", offset, length),
        "span" or "tg-spoiler" => new TextEntity("spoiler", offset, length),
        "blockquote" => new TextEntity(tag.Argument is null ? "blockquote" : "expandable_blockquote", offset, length),
        "tg-emoji" => new TextEntity("custom_emoji", offset, length, CustomEmojiId: tag.Argument),
        "code" => new TextEntity("code", offset, length, Language: tag.Argument),
        "pre" => new TextEntity("pre", offset, length),
        // Without href Telegram links the text itself; a link that is no URL at all is simply not a link.
        "a" => LinkEntity(tag.Argument ?? innerText, offset, length),
        _ => null,
    };

    private static TextEntity? LinkEntity(string url, int offset, int length) =>
        Uri.TryCreate(url, UriKind.Absolute, out _) ? new TextEntity("text_link", offset, length, Url: url) : null;
}
