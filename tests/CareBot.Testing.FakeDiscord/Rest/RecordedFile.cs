namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>A file part of a multipart request: its form name (<c>files[0]</c>), file name, type and bytes.</summary>
public sealed record RecordedFile(string Name, string FileName, string ContentType, byte[] Content);
