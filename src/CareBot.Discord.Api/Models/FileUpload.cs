namespace CareBot.Discord.Api.Models;

/// <summary>
/// A file to send with a message. An embed shows it with <c>attachment://</c> followed by <see cref="FileName"/>
/// (see <see cref="AttachmentUrl"/>).
/// </summary>
public sealed record FileUpload(string FileName, ReadOnlyMemory<byte> Content, string ContentType = "application/octet-stream")
{
    public string? Description { get; init; }

    public string AttachmentUrl => "attachment://" + FileName;
}
