namespace CareBot.Discord.Api.Models;

/// <summary>A text box in a modal; in MODAL_SUBMIT data it comes back with <see cref="Value"/> filled in.</summary>
public sealed record TextInput : MessageComponent
{
    public override ComponentType Type => ComponentType.TextInput;

    public required string CustomId { get; init; }

    /// <summary>1 for one line, 2 for a paragraph.</summary>
    public int? Style { get; init; }

    public string? Label { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Required { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}
