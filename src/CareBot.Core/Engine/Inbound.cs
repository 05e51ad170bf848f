using CareBot.Core.Platforms;
using CareBot.Core.Safety;

namespace CareBot.Core.Engine;

/// <summary>
/// A command as an adapter hands it to the engine: who, where, and the text (<c>/need a ride</c>).
/// A button press arrives the same way, with the button's command as its text.
/// </summary>
public sealed record Inbound(PlatformUser From, Conversation Where, string Text)
{
    public ReplyMode ReplyMode { get; init; } = ReplyMode.Outbox;

    /// <summary>The community a pressed button belongs to, so a private chat knows which group it is about.</summary>
    public int? CommunityHint { get; init; }

    /// <summary>
    /// A button was pressed (rather than a command typed). A refusal is then not written anywhere: the adapter
    /// shows <see cref="EngineResult.Problem"/> on the press itself.
    /// </summary>
    public bool IsButtonPress { get; init; }

    /// <summary>
    /// Typed in a group, but the platform shows the command and its answer to no one else (a Discord slash command
    /// answered ephemerally), so what is private to the person, such as an anonymous need, may be asked from there.
    /// </summary>
    public bool TypedPrivately { get; init; }

    /// <summary>A marker to store in the same transaction, e.g. the platform's last update id.</summary>
    public Cursor? Cursor { get; init; }

    /// <summary>The same command with broken characters in what the person typed or is called made readable (see <see cref="TextRules.WellFormed"/>).</summary>
    internal Inbound WellFormed() =>
        this with { Text = TextRules.WellFormed(Text), From = From with { DisplayName = TextRules.WellFormed(From.DisplayName) } };
}
