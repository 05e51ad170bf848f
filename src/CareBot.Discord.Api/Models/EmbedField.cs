namespace CareBot.Discord.Api.Models;

public sealed record EmbedField(string Name, string Value)
{
    public bool? Inline { get; init; }
}
