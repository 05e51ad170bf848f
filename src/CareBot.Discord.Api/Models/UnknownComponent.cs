using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareBot.Discord.Api.Models;

/// <summary>A component of a kind this client does not model, kept as Discord sent it.</summary>
public sealed record UnknownComponent(ComponentType Kind, JsonElement Json) : MessageComponent
{
    [JsonIgnore]
    public override ComponentType Type => Kind;
}
