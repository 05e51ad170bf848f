using System.Text;
using CareBot.Core.Messages;
using CareBot.Core.Platforms;

namespace CareBot.Discord.Rendering;

/// <summary>An engine message's lines as Discord markdown: every span escaped, then styled; people on Discord as mentions (which never ping).</summary>
public static class MarkdownText
{
    public static string Render(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return string.Join('\n', message.Lines.Select(line => string.Concat(line.Select(Span))));
    }

    private static string Span(Span span)
    {
        var text = DiscordMarkdown.Escape(span.Text);
        return span.Style switch
        {
            SpanStyle.Bold => $"**{text}**",
            SpanStyle.Italic => $"*{text}*",
            SpanStyle.Quote => $"“{text}”",
            SpanStyle.Command => Code(span.Text),
            SpanStyle.Person when span.Person is { Platform: KnownPlatforms.Discord } person && ulong.TryParse(person.UserId, out _) => $"<@{person.UserId}>",
            SpanStyle.Person => $"**{text}**",
            _ => text,
        };
    }

    /// <summary>Inline code shows its text literally; a backtick inside would end it, so it is dropped.</summary>
    private static string Code(string text) => "`" + new StringBuilder(text).Replace("`", "").ToString() + "`";
}
