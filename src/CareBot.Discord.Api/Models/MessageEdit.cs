using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>
/// Changes to a message (channel message, interaction reply or followup). Null fields stay as they are; an empty
/// list clears (e.g. <c>Components = []</c> removes the buttons). Attachments not listed are removed.
/// </summary>
public sealed record MessageEdit
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public MessageFlags? Flags { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public IReadOnlyList<AttachmentReference>? Attachments { get; init; }

    [JsonIgnore]
    public IReadOnlyList<FileUpload> Files { get; init; } = [];
}
