namespace CareBot.Core.Messages;

/// <summary>A file sent with a message, such as a member's data export or the /map picture.</summary>
public sealed record Attachment(string FileName, string MediaType, byte[] Content)
{
    /// <summary>What a picture shows, in a sentence, for screen readers on platforms that take alt text (Discord).</summary>
    public string? AltText { get; init; }
}
