namespace CareBot.Discord.Api.Models;

/// <summary>A button: an action button carries a <see cref="CustomId"/> (up to 100 characters), a link button a <see cref="Url"/>.</summary>
public sealed record Button : MessageComponent
{
    public override ComponentType Type => ComponentType.Button;

    public ButtonStyle Style { get; init; } = ButtonStyle.Primary;

    public string? Label { get; init; }

    public ComponentEmoji? Emoji { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public static Button Action(string customId, string label, ButtonStyle style = ButtonStyle.Primary) =>
        new() { CustomId = customId, Label = label, Style = style };

    public static Button Link(Uri url, string label) =>
        new() { Url = url.ToString(), Label = label, Style = ButtonStyle.Link };
}
