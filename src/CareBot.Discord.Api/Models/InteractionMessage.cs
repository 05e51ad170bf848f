using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>A reply to an interaction or a followup. <see cref="MessageFlags.Ephemeral"/> shows it only to the user who acted.</summary>
public sealed record InteractionMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public IReadOnlyList<AttachmentReference>? Attachments { get; init; }

    public MessageFlags? Flags { get; init; }

    public bool? Tts { get; init; }

    [JsonIgnore]
    public IReadOnlyList<FileUpload> Files { get; init; } = [];
}
