using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>
/// A component of a message or modal, told apart by its integer <c>type</c>. Kinds this client does not model
/// (Discord keeps adding layout components) are read as this base type rather than failing the whole message.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType)]
[JsonDerivedType(typeof(ActionRow), 1)]
[JsonDerivedType(typeof(Button), 2)]
[JsonDerivedType(typeof(StringSelect), 3)]
[JsonDerivedType(typeof(TextInput), 4)]
public record MessageComponent
{
    /// <summary>An optional numeric identifier of the component within its message, chosen by Discord if unset.</summary>
    public int? Id { get; init; }
}
