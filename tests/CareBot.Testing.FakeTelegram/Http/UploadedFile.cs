namespace CareBot.Testing.FakeTelegram.Http;

/// <summary>A file part of a multipart request.</summary>
internal sealed record UploadedFile(string FieldName, string? FileName, byte[] Content);
