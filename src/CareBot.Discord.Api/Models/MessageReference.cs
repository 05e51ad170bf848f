namespace CareBot.Discord.Api.Models;

/// <summary>The message a reply answers.</summary>
public sealed record MessageReference
{
    public Snowflake? MessageId { get; init; }

    public Snowflake? ChannelId { get; init; }

    public Snowflake? GuildId { get; init; }

    /// <summary>False sends the message as a plain one when the replied-to message is gone, instead of failing.</summary>
    public bool? FailIfNotExists { get; init; }
}
