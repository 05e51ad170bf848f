using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>
/// The <c>data</c> of an interaction response: message fields (types 4, 7), <see cref="Choices"/> (type 8) or
/// <see cref="CustomId"/>, <see cref="Title"/> and <see cref="Components"/> (type 9). Built by <see cref="InteractionResponse"/>.
/// </summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public IReadOnlyList<AttachmentReference>? Attachments { get; init; }

    public MessageFlags? Flags { get; init; }

    public bool? Tts { get; init; }

    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    public string? CustomId { get; init; }

    public string? Title { get; init; }

    [JsonIgnore]
    public IReadOnlyList<FileUpload> Files { get; init; } = [];
}
