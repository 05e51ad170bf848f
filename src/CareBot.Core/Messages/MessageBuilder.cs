using CareBot.Core.Platforms;

namespace CareBot.Core.Messages;

/// <summary>Builds an <see cref="OutgoingMessage"/> line by line, so handlers read like the message they write.</summary>
public sealed class MessageBuilder
{
    private readonly List<IReadOnlyList<Span>> _lines = [];
    private readonly List<Button> _buttons = [];
    private List<Span> _current = [];
    private Attachment? _attachment;

    public MessageBuilder Add(string text) => Add(Span.Plain(text));

    public MessageBuilder Bold(string text) => Add(Span.Bold(text));

    public MessageBuilder Italic(string text) => Add(Span.Italic(text));

    public MessageBuilder Quote(string text) => Add(Span.Quote(text));

    public MessageBuilder Command(string text) => Add(Span.Command(text));

    public MessageBuilder Mention(UserRef person, string displayName) => Add(Span.Mention(person, displayName));

    public MessageBuilder Add(Span span)
    {
        if (span.Text.Length > 0)
        {
            _current.Add(span);
        }

        return this;
    }

    /// <summary>Pieces joined as a person lists them: "dev and sam", "dev, sam, and lena".</summary>
    public MessageBuilder List(IReadOnlyList<Span> items)
    {
        Words.List(items, item => Add(item), separator => Add(separator));
        return this;
    }

    /// <summary>Ends the current line; the next span starts a new one.</summary>
    public MessageBuilder Line(string? text = null)
    {
        if (text is not null)
        {
            Add(text);
        }

        _lines.Add(_current);
        _current = [];
        return this;
    }

    /// <summary>Adds the lines and buttons of a message built elsewhere.</summary>
    public MessageBuilder Append(OutgoingMessage message)
    {
        if (_current.Count > 0)
        {
            Line();
        }

        _lines.AddRange(message.Lines);
        _buttons.AddRange(message.Buttons);
        return this;
    }

    public MessageBuilder Button(string label, string command)
    {
        _buttons.Add(Messages.Button.For(label, command));
        return this;
    }

    /// <summary>A button about one community, in a message that may be about several.</summary>
    public MessageBuilder Button(string label, string command, int? communityId)
    {
        _buttons.Add(Messages.Button.For(label, command, communityId));
        return this;
    }

    public MessageBuilder Button(Button button)
    {
        _buttons.Add(button);
        return this;
    }

    public MessageBuilder Attach(Attachment attachment)
    {
        _attachment = attachment;
        return this;
    }

    public OutgoingMessage Build()
    {
        if (_current.Count > 0)
        {
            Line();
        }

        while (_lines.Count > 0 && _lines[^1].Count == 0)
        {
            _lines.RemoveAt(_lines.Count - 1);
        }

        return new OutgoingMessage { Lines = [.. _lines], Buttons = [.. _buttons], Attachment = _attachment };
    }
}
