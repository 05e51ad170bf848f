namespace CareBot.Discord.Api.Models;

public sealed record EmbedAuthor(string Name)
{
    public string? Url { get; init; }

    public string? IconUrl { get; init; }
}
