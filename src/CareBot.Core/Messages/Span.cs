using CareBot.Core.Platforms;

namespace CareBot.Core.Messages;

/// <summary>
/// A run of text with one style. Text never contains markup: renderers escape every span,
/// which is what makes user text safe on every platform.
/// </summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.Plain, UserRef? Person = null)
{
    public static Span Plain(string text) => new(text);

    public static Span Bold(string text) => new(text, SpanStyle.Bold);

    public static Span Italic(string text) => new(text, SpanStyle.Italic);

    public static Span Quote(string text) => new(text, SpanStyle.Quote);

    public static Span Command(string text) => new(text, SpanStyle.Command);

    public static Span Mention(UserRef person, string displayName) => new(displayName, SpanStyle.Person, person);
}
