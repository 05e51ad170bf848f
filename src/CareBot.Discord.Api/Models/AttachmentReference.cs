namespace CareBot.Discord.Api.Models;

/// <summary>
/// An entry of a request's <c>attachments</c> array: for a new upload, <see cref="Id"/> is the index n of its
/// <c>files[n]</c> part; on an edit, the id of an attachment to keep. The client fills these in for uploads.
/// </summary>
public sealed record AttachmentReference
{
    public required Snowflake Id { get; init; }

    public string? Filename { get; init; }

    public string? Description { get; init; }
}
