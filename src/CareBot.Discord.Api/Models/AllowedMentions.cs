namespace CareBot.Discord.Api.Models;

/// <summary>Who a message may ping. <see cref="None"/> pings nobody, whatever the text contains.</summary>
public sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new() { Parse = [] };

    /// <summary>Which kinds of mention in the text notify: "users", "roles", "everyone".</summary>
    public IReadOnlyList<string>? Parse { get; init; }

    public IReadOnlyList<Snowflake>? Users { get; init; }

    public IReadOnlyList<Snowflake>? Roles { get; init; }

    public bool? RepliedUser { get; init; }
}
