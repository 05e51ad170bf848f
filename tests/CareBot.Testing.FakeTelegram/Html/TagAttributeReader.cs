using System.Text;

namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>
/// Reads a start tag's attributes up to its '>'. Telegram ignores attributes it does not use, but still insists
/// they are well formed; the one it uses (href, class, emoji-id, expandable) becomes the tag's argument.
/// </summary>
internal sealed class TagAttributeReader(TelegramHtmlParser parser, string tagName, int tagBegin)
{
    private string Html => parser.Html;

    private bool AtEnd => parser.Position >= Html.Length;

    public string? ReadUntilTagEnd()
    {
        string? argument = null;
        while (!AtEnd && Html[parser.Position] != '>')
        {
            parser.SkipWhile(TelegramHtmlParser.IsSpace);
            if (AtEnd || Html[parser.Position] == '>')
            {
                break;
            }

            var nameStart = parser.Position;
            parser.SkipWhile(c => !TelegramHtmlParser.IsSpace(c) && c is not ('=' or '>' or '/' or '"' or '\''));
            var name = Html[nameStart..parser.Position].ToLowerInvariant();
            if (name.Length == 0)
            {
                parser.Fail($"Empty attribute name in the tag \"{tagName}\" at byte offset {parser.ByteOffset(tagBegin)}");
                return null;
            }

            parser.SkipWhile(TelegramHtmlParser.IsSpace);
            if (AtEnd || Html[parser.Position] != '=')
            {
                argument = tagName == "blockquote" && name == "expandable" ? "expandable" : argument;
                continue;
            }

            parser.Position++;
            parser.SkipWhile(TelegramHtmlParser.IsSpace);
            var value = ReadValue();
            if (value is null)
            {
                break;
            }

            argument = Meaning(name, value) ?? argument;
        }

        if (AtEnd)
        {
            parser.Fail($"Unclosed start tag at byte offset {parser.ByteOffset(tagBegin)}");
        }

        return argument;
    }

    private string? ReadValue()
    {
        if (AtEnd)
        {
            return null;
        }

        var quote = Html[parser.Position];
        if (quote is '"' or '\'')
        {
            return ReadQuotedValue(quote);
        }

        var start = parser.Position;
        parser.SkipWhile(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
        if (!AtEnd && !TelegramHtmlParser.IsSpace(Html[parser.Position]) && Html[parser.Position] != '>')
        {
            parser.Fail($"Unexpected end of name token at byte offset {parser.ByteOffset(parser.Position)}");
            return null;
        }

        return AtEnd ? null : Html[start..parser.Position].ToLowerInvariant();
    }

    private string? ReadQuotedValue(char quote)
    {
        parser.Position++;
        var value = new StringBuilder();
        while (!AtEnd && Html[parser.Position] != quote)
        {
            if (Html[parser.Position] != '&')
            {
                value.Append(Html[parser.Position++]);
            }
            else if (!parser.TryReadReference(value))
            {
                return null;
            }
        }

        if (AtEnd)
        {
            return null;
        }

        parser.Position++;
        return value.ToString();
    }

    private string? Meaning(string attribute, string value) => (tagName, attribute) switch
    {
        ("a", "href") => value,
        ("code", "class") when value.StartsWith("language-", StringComparison.Ordinal) => value["language-".Length..],
        ("span", "class") => value,
        ("tg-emoji", "emoji-id") => value,
        ("blockquote", "expandable") => "expandable",
        _ => null,
    };
}
