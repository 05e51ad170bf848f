namespace CareBot.Testing.FakeTelegram;

/// <summary>
/// A message the bot sent, in its current state (edits replace text and buttons and bump <see cref="EditCount"/>).
/// <see cref="Text"/> is exactly what the bot sent (HTML included); <see cref="PlainText"/> is what a user would read.
/// For a photo or a document, the two hold the caption.
/// </summary>
public sealed record SentMessage(
    long ChatId,
    int MessageId,
    string Text,
    string PlainText,
    string? ParseMode,
    IReadOnlyList<IReadOnlyList<SentButton>> Buttons,
    SentPhoto? Photo,
    int? ReplyToMessageId,
    bool LinkPreviewDisabled,
    int EditCount,
    DateTimeOffset SentAt)
{
    /// <summary>The file, when the bot sent one with sendDocument; <see cref="Text"/> then holds its caption.</summary>
    public SentDocument? Document { get; init; }

    /// <summary>When the bot deleted it (deleteMessage); null while members can still see it.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Every button, row by row, for tests that do not care about the layout.</summary>
    public IEnumerable<SentButton> AllButtons => Buttons.SelectMany(row => row);

    /// <summary>The button with this label, or null.</summary>
    public SentButton? ButtonLabelled(string text) => AllButtons.FirstOrDefault(button => button.Text == text);
}
