using System.Text;

namespace CareBot.Telegram.Rendering;

/// <summary>Escaping for Telegram's HTML parse mode: the three characters it reads as markup, and quotes in attributes.</summary>
internal static class Html
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
