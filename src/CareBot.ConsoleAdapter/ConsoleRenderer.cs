using System.Text;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;

namespace CareBot.ConsoleAdapter;

/// <summary>
/// Renders an outbox message as the console protocol prints it: a header line, the text, then one line
/// per button, <c>[Label] /command</c>. Typing that command as the recipient is the same as pressing it.
/// </summary>
public static class ConsoleRenderer
{
    public static string Render(OutboxMessage message)
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
            text.Append(string.Concat(line.Select(Show))).Append('\n');
        }

        foreach (var button in message.Content.Buttons)
        {
            var command = button.Kind == ButtonKind.OpenPrivateChat ? "/start" : button.Command;
            text.Append('[').Append(button.Label).Append("] ").Append(command).Append('\n');
        }

        if (message.Content.Attachment is { } attachment)
        {
            text.Append("(attached ").Append(attachment.FileName).Append(", ").Append(attachment.Content.Length).Append(" bytes)\n");
            if (attachment.MediaType.StartsWith("application/json", StringComparison.Ordinal) || attachment.MediaType.StartsWith("text/", StringComparison.Ordinal))
            {
                text.Append(Encoding.UTF8.GetString(attachment.Content)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Quotes user text and indents its line breaks, so a line that starts with "--- to" or "[" only ever
    /// comes from the bot: someone's need can't pass itself off as a message or a button.
    /// </summary>
    private static string Show(Span span)
    {
        var text = span.Text.Replace("\n", "\n  ", StringComparison.Ordinal);
        return span.Style == SpanStyle.Quote ? $"“{text}”" : text;
    }
}
