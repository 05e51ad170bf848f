namespace CareBot.Testing.FakeTelegram;

/// <summary>A file the bot sent with sendDocument: the uploaded bytes (empty when sent by URL or file id) and its file id.</summary>
public sealed record SentDocument(string FileId, string? FileName, string? MimeType, byte[] Content, string? Url);
