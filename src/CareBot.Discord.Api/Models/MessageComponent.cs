using System.Text.Json.Serialization;
using CareBot.Discord.Api.Json;

namespace CareBot.Discord.Api.Models;

/// <summary>
/// A component of a message or modal, told apart by its integer <c>type</c>. Kinds this client does not model
/// (Discord keeps adding layout components) are read as <see cref="UnknownComponent"/> rather than failing the message.
/// </summary>
[JsonConverter(typeof(MessageComponentJsonConverter))]
public abstract record MessageComponent
{
    public abstract ComponentType Type { get; }

    /// <summary>An optional numeric identifier of the component within its message, chosen by Discord if unset.</summary>
    public int? Id { get; init; }
}
