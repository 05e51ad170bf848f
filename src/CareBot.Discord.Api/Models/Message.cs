namespace CareBot.Discord.Api.Models;

/// <summary>A message as a channel shows it.</summary>
public sealed record Message
{
    public required Snowflake Id { get; init; }

    public required Snowflake ChannelId { get; init; }

    public required User Author { get; init; }

    public string Content { get; init; } = "";

    public DateTimeOffset Timestamp { get; init; }

    public DateTimeOffset? EditedTimestamp { get; init; }

    public MessageFlags Flags { get; init; }

    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public IReadOnlyList<MessageComponent> Components { get; init; } = [];

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    public MessageReference? MessageReference { get; init; }

    public Snowflake? WebhookId { get; init; }

    public Snowflake? ApplicationId { get; init; }
}
