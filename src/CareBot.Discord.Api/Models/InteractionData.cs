namespace CareBot.Discord.Api.Models;

/// <summary>
/// What the user did. A command fills <see cref="Name"/> and <see cref="Options"/>; a button or select
/// <see cref="CustomId"/>, <see cref="ComponentType"/> and <see cref="Values"/>; a modal <see cref="CustomId"/> and
/// <see cref="Components"/> (rows of text inputs with their values).
/// </summary>
public sealed record InteractionData
{
    public Snowflake? Id { get; init; }

    public string? Name { get; init; }

    public ApplicationCommandType? Type { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    public Snowflake? GuildId { get; init; }

    public Snowflake? TargetId { get; init; }

    public string? CustomId { get; init; }

    public ComponentType? ComponentType { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }
}
