using System.Text;

namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>
/// One pass over the markup, as tdlib's parse_html does it: text is copied, references decoded, each tag pushed
/// and popped; the first problem stops the parse with the server's own wording and UTF-8 byte offset.
/// </summary>
internal sealed class TelegramHtmlParser(string html, bool rejectUnescapedAmpersand)
{
    private readonly StringBuilder _text = new();
    private readonly EntityCollector _entities = new();
    private readonly Stack<OpenTag> _open = new();
    private int _position;

    public string? Error { get; private set; }

    public ParsedText? Parse()
    {
        while (_position < html.Length && Error is null)
        {
            switch (html[_position])
            {
                case '&':
                    ReadReference(_text);
                    break;
                case '<':
                    ReadTag();
                    break;
                default:
                    _text.Append(html[_position++]);
                    break;
            }
        }

        if (Error is null && _open.Count > 0)
        {
            Error = $"Can't find end tag corresponding to start tag \"{_open.Peek().Name}\"";
        }

        return Error is null ? new ParsedText(_text.ToString(), _entities.Ordered()) : null;
    }

    private void ReadReference(StringBuilder into)
    {
        if (HtmlEntityDecoder.TryDecode(html, _position, out var value, out var consumed))
        {
            into.Append(value);
            _position += consumed;
            return;
        }

        // The live server keeps such an '&' as text and has no error for it; this wording is the fake's own
        // (see FakeTelegramOptions.RejectUnescapedAmpersand).
        if (rejectUnescapedAmpersand)
        {
            Error = $"Unescaped \"&\" at byte offset {ByteOffset(_position)}: write it as &amp;";
            return;
        }

        into.Append('&');
        _position++;
    }

    private void ReadTag()
    {
        var begin = _position++;
        if (_position < html.Length && html[_position] == '/')
        {
            ReadEndTag(begin);
        }
        else
        {
            ReadStartTag(begin);
        }
    }

    private void ReadStartTag(int begin)
    {
        var nameStart = _position;
        SkipWhile(c => !IsSpace(c) && c != '>');
        if (_position >= html.Length)
        {
            Error = $"Unclosed start tag at byte offset {ByteOffset(begin)}";
            return;
        }

        var name = html[nameStart.._position].ToLowerInvariant();
        if (!TelegramHtml.SupportedTags.Contains(name))
        {
            Error = $"Unsupported start tag \"{name}\" at byte offset {ByteOffset(begin)}";
            return;
        }

        var argument = new TagAttributeReader(this, name, begin).ReadUntilTagEnd();
        if (Error is not null)
        {
            return;
        }

        _position++; // the '>'
        if (name == "span" && argument != "tg-spoiler")
        {
            Error = $"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(begin)}";
            return;
        }

        if (name == "tg-emoji" && !long.TryParse(argument, out _))
        {
            Error = "Invalid custom emoji identifier specified";
            return;
        }

        _open.Push(new OpenTag(name, argument, _text.Length));
    }

    private void ReadEndTag(int begin)
    {
        _position++; // the '/'
        if (_open.Count == 0)
        {
            Error = $"Unexpected end tag at byte offset {ByteOffset(begin)}";
            return;
        }

        var nameStart = _position;
        SkipWhile(c => !IsSpace(c) && c != '>');
        var name = html[nameStart.._position].ToLowerInvariant();
        SkipWhile(IsSpace);
        if (_position >= html.Length || html[_position] != '>')
        {
            Error = $"Unclosed end tag at byte offset {ByteOffset(begin)}";
            return;
        }

        _position++;
        var tag = _open.Pop();
        if (name.Length > 0 && name != tag.Name)
        {
            Error = $"Unmatched end tag at byte offset {ByteOffset(begin)}, expected \"</{tag.Name}>\", found \"</{name}>\"";
            return;
        }

        _entities.Close(tag, _text);
    }

    internal string Html => html;

    internal int Position
    {
        get => _position;
        set => _position = value;
    }

    internal void Fail(string error) => Error ??= error;

    internal void SkipWhile(Func<char, bool> predicate)
    {
        while (_position < html.Length && predicate(html[_position]))
        {
            _position++;
        }
    }

    internal bool TryReadReference(StringBuilder into)
    {
        ReadReference(into);
        return Error is null;
    }

    internal int ByteOffset(int charIndex) => Encoding.UTF8.GetByteCount(html.AsSpan(0, charIndex));

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\0' or '\v' or '\f';
}
