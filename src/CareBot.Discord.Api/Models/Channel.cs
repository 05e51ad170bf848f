namespace CareBot.Discord.Api.Models;

/// <summary>A guild channel, a thread or a direct-message channel (then <see cref="Recipients"/> names the other person).</summary>
public sealed record Channel
{
    public required Snowflake Id { get; init; }

    public ChannelType Type { get; init; }

    public Snowflake? GuildId { get; init; }

    public string? Name { get; init; }

    public Snowflake? ParentId { get; init; }

    public Snowflake? LastMessageId { get; init; }

    public IReadOnlyList<User>? Recipients { get; init; }
}
