using System.Globalization;
using System.Text;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;

namespace CareBot.ConsoleAdapter;

/// <summary>
/// Renders an outbox message as the console protocol prints it: a header line, the text, then one line
/// per button, <c>[Label] /command</c>. Typing that command as the recipient is the same as pressing it.
/// A file is announced on a line of its own, <c>(attached map.png, 48213 bytes, saved to PATH)</c>, and a text
/// file (an /export) is also printed below it.
/// </summary>
public static class ConsoleRenderer
{
    private const string Indent = "  ";

    /// <param name="saved">Where the attachment was saved (<see cref="ConsoleFiles.Save"/>), if it was.</param>
    public static string Render(OutboxMessage message, string? saved = null)
    {
        var text = new StringBuilder();
        text.Append("--- to ").Append(message.Destination.ChatId);
        if (message.Destination.IsDirect)
        {
            text.Append(" (dm)");
        }

        text.Append('\n');
        foreach (var line in message.Content.Lines)
        {
            AppendText(text, string.Concat(line.Select(Show)));
        }

        foreach (var button in message.Content.Buttons)
        {
            var command = button.Kind == ButtonKind.OpenPrivateChat ? "/start" : button.Command;
            text.Append('[').Append(button.Label).Append("] ").Append(command).Append('\n');
        }

        if (message.Content.Attachment is { } attachment)
        {
            var where = saved is null ? "" : $", {saved}";
            text.Append(CultureInfo.InvariantCulture, $"(attached {attachment.FileName}, {attachment.Content.Length} bytes{where})\n");
            if (attachment.MediaType.StartsWith("application/json", StringComparison.Ordinal) || attachment.MediaType.StartsWith("text/", StringComparison.Ordinal))
            {
                foreach (var line in Lines(Encoding.UTF8.GetString(attachment.Content).TrimEnd('\n', '\r')))
                {
                    text.Append(Indent).Append(line).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Only the bot starts a line with "---" or "[": a text line that would (someone's name, a quoted need
    /// spanning lines) is indented, as are the lines a line break continues. So nothing a person wrote can
    /// pass itself off as a message header or a button.
    /// </summary>
    private static void AppendText(StringBuilder text, string line)
    {
        var physical = Lines(line);
        for (var i = 0; i < physical.Length; i++)
        {
            var part = physical[i];
            if (i > 0 || part.StartsWith("---", StringComparison.Ordinal) || part.StartsWith('['))
            {
                text.Append(Indent);
            }

            text.Append(part).Append('\n');
        }
    }

    /// <summary>Every kind of line break counts: a lone carriage return would let a terminal overprint a line.</summary>
    private static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    private static string Show(Span span) => span.Style == SpanStyle.Quote ? $"“{span.Text}”" : span.Text;
}
