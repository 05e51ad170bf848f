namespace CareBot.Testing.FakeTelegram.State;

/// <summary>Every message in every chat, the bot's own in sending order, and the photos it uploaded by file id.</summary>
internal sealed class MessageStore
{
    private readonly Dictionary<(long ChatId, int MessageId), StoredMessage> _messages = [];
    private readonly List<StoredMessage> _outgoing = [];
    private readonly Dictionary<string, SentPhoto> _photos = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SentDocument> _documents = new(StringComparer.Ordinal);
    private int _lastFileNumber;

    public const string ThumbnailSuffix = "-thumb";

    public IReadOnlyList<StoredMessage> Outgoing => _outgoing;

    public void Add(StoredMessage message)
    {
        _messages[(message.Chat.Id, message.MessageId)] = message;
        if (message.IsOutgoing)
        {
            _outgoing.Add(message);
        }

        if (message.Photo is { } photo)
        {
            _photos[photo.FileId] = photo;
        }

        if (message.Document is { } document)
        {
            _documents[document.FileId] = document;
        }
    }

    public StoredMessage? Find(long chatId, int messageId) => _messages.GetValueOrDefault((chatId, messageId));

    /// <summary>A photo by the file id of any of its sizes.</summary>
    public SentPhoto? FindPhoto(string fileId) =>
        _photos.GetValueOrDefault(fileId.EndsWith(ThumbnailSuffix, StringComparison.Ordinal) ? fileId[..^ThumbnailSuffix.Length] : fileId);

    public SentDocument? FindDocument(string fileId) => _documents.GetValueOrDefault(fileId);

    public string NewDocumentId() => $"BQACAgIAAxkDAAI{++_lastFileNumber:D8}FakeTelegramDocument";

    /// <summary>File ids look like Telegram's (opaque, base64-ish) so clients that peek at them are not surprised.</summary>
    public string NewFileId() => $"AgACAgIAAxkDAAI{++_lastFileNumber:D8}FakeTelegramPhoto";
}
