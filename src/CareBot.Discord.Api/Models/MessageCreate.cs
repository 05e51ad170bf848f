using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>
/// A new channel message. It needs at least one of content, embeds, components or files. When
/// <see cref="Files"/> is not empty the client sends multipart form data and lists each file in <see cref="Attachments"/>.
/// </summary>
public sealed record MessageCreate
{
    /// <summary>Up to 2000 characters.</summary>
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public MessageFlags? Flags { get; init; }

    public IReadOnlyList<AttachmentReference>? Attachments { get; init; }

    public MessageReference? MessageReference { get; init; }

    public bool? Tts { get; init; }

    /// <summary>
    /// Set by the client on every send, with <see cref="EnforceNonce"/>, so that a retried request (after a server
    /// error or a lost answer) returns the message already made instead of posting it twice.
    /// </summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    [JsonIgnore]
    public IReadOnlyList<FileUpload> Files { get; init; } = [];
}
