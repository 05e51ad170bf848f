namespace CareBot.Testing.FakeTelegram;

/// <summary>A photo the bot sent: the uploaded bytes (empty when it was sent by URL or file id) and the file id Telegram gave it.</summary>
public sealed record SentPhoto(string FileId, string? FileName, byte[] Content, string? Url, int Width, int Height);
