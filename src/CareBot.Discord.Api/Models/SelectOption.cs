namespace CareBot.Discord.Api.Models;

public sealed record SelectOption(string Label, string Value)
{
    public string? Description { get; init; }

    public ComponentEmoji? Emoji { get; init; }

    public bool? Default { get; init; }
}
