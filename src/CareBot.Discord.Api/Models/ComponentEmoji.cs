namespace CareBot.Discord.Api.Models;

/// <summary>A unicode emoji (name only) or a custom one (id and name) on a button or select option.</summary>
public sealed record ComponentEmoji(string Name)
{
    public Snowflake? Id { get; init; }
}
