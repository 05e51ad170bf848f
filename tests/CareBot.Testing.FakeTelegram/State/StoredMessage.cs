using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Html;

namespace CareBot.Testing.FakeTelegram.State;

/// <summary>
/// A message in a chat, from a user or from the bot, kept so it can be edited, replied to and carried in a
/// callback query. Mutable only through edits, under the state lock.
/// </summary>
internal sealed class StoredMessage
{
    public required ChatRecord Chat { get; init; }

    public required int MessageId { get; init; }

    public required FakeUser From { get; init; }

    public required long Date { get; init; }

    public long? EditDate { get; set; }

    /// <summary>Text or caption as sent, markup included.</summary>
    public string? RawText { get; set; }

    public string? ParseMode { get; set; }

    /// <summary>Text or caption as read, with its entities.</summary>
    public ParsedText? Text { get; set; }

    public SentPhoto? Photo { get; init; }

    public SentDocument? Document { get; init; }

    /// <summary>A normalized <c>{"inline_keyboard": ...}</c>, or null.</summary>
    public JsonObject? ReplyMarkup { get; set; }

    public StoredMessage? ReplyTo { get; init; }

    public bool LinkPreviewDisabled { get; set; }

    public IReadOnlyList<FakeUser>? NewChatMembers { get; init; }

    /// <summary>The service message a basic group gets when it becomes a supergroup: the supergroup's id.</summary>
    public long? MigrateToChatId { get; init; }

    /// <summary>The service message a new supergroup starts with: the id of the basic group it was.</summary>
    public long? MigrateFromChatId { get; init; }

    public int EditCount { get; set; }

    public DateTimeOffset SentAt { get; init; }

    /// <summary>Sent by the bot under test (as opposed to a scripted user).</summary>
    public bool IsOutgoing { get; init; }

    /// <summary>When deleteMessage removed it from its chat; null while it is there.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public SentMessage ToSentMessage() => new(
        Chat.Id,
        MessageId,
        RawText ?? "",
        Text?.Text ?? "",
        ParseMode,
        InlineKeyboardSnapshot.Buttons(ReplyMarkup),
        Photo,
        ReplyTo?.MessageId,
        LinkPreviewDisabled,
        EditCount,
        SentAt)
    {
        Document = Document,
        DeletedAt = DeletedAt,
    };
}
