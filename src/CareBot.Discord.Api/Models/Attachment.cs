namespace CareBot.Discord.Api.Models;

/// <summary>A file on a message, as Discord stored it.</summary>
public sealed record Attachment
{
    public required Snowflake Id { get; init; }

    public required string Filename { get; init; }

    public int Size { get; init; }

    public string? Url { get; init; }

    public string? ProxyUrl { get; init; }

    public string? ContentType { get; init; }

    public string? Description { get; init; }
}
