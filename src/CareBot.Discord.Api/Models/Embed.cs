namespace CareBot.Discord.Api.Models;

/// <summary>A rich card under a message: up to 10 per message, 6000 characters in all.</summary>
public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>RGB as an integer, e.g. 0x57F287.</summary>
    public int? Color { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedImage? Image { get; init; }

    public EmbedImage? Thumbnail { get; init; }

    public EmbedAuthor? Author { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }
}
