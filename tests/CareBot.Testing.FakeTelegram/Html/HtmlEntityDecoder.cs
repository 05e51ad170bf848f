namespace CareBot.Testing.FakeTelegram.Html;

/// <summary>
/// Decodes the character references Telegram understands: &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones.
/// Like Telegram's parser, the closing ';' is optional.
/// </summary>
internal static class HtmlEntityDecoder
{
    public static bool TryDecode(string text, int ampersandAt, out string value, out int consumed)
    {
        value = "";
        consumed = 0;
        var position = ampersandAt + 1;
        int codePoint;
        if (position < text.Length && text[position] == '#')
        {
            position++;
            if (!TryReadNumber(text, ref position, out codePoint) || position - ampersandAt >= 10)
            {
                return false;
            }
        }
        else
        {
            var nameStart = position;
            while (position < text.Length && char.IsAsciiLetter(text[position]))
            {
                position++;
            }

            codePoint = text[nameStart..position] switch
            {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                _ => 0,
            };
        }

        if (codePoint is <= 0 or >= 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return false;
        }

        if (position < text.Length && text[position] == ';')
        {
            position++;
        }

        value = char.ConvertFromUtf32(codePoint);
        consumed = position - ampersandAt;
        return true;
    }

    private static bool TryReadNumber(string text, ref int position, out int codePoint)
    {
        codePoint = 0;
        var hex = position < text.Length && text[position] == 'x';
        if (hex)
        {
            position++;
        }

        var digitsStart = position;
        while (position < text.Length && (hex ? char.IsAsciiHexDigit(text[position]) : char.IsAsciiDigit(text[position])))
        {
            codePoint = (codePoint * (hex ? 16 : 10)) + Convert.ToInt32(text[position].ToString(), hex ? 16 : 10);
            position++;
            if (codePoint >= 0x10FFFF)
            {
                return false;
            }
        }

        return position > digitsStart;
    }
}
