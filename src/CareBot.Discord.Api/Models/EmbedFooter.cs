namespace CareBot.Discord.Api.Models;

public sealed record EmbedFooter(string Text)
{
    public string? IconUrl { get; init; }
}
