namespace CareBot.Discord.Api.Models;

/// <summary>A drop-down of up to 25 text options; it fills an action row on its own.</summary>
public sealed record StringSelect : MessageComponent
{
    public override ComponentType Type => ComponentType.StringSelect;

    public required string CustomId { get; init; }

    public IReadOnlyList<SelectOption> Options { get; init; } = [];

    public string? Placeholder { get; init; }

    public int? MinValues { get; init; }

    public int? MaxValues { get; init; }

    public bool? Disabled { get; init; }
}
