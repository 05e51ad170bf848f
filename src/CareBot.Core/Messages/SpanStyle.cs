namespace CareBot.Core.Messages;

/// <summary>How a piece of text is emphasised. Renderers map these to HTML, markdown or plain text.</summary>
public enum SpanStyle
{
    Plain,
    Bold,
    Italic,

    /// <summary>Words someone typed (a need, an offer, a thank-you): always escaped, shown as a quote.</summary>
    Quote,

    /// <summary>A command the reader can type, e.g. <c>/offer</c>.</summary>
    Command,

    /// <summary>A person. <see cref="Span.Person"/> carries their account so a platform can link to them.</summary>
    Person,
}
