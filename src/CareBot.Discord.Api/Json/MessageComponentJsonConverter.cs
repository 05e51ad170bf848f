using System.Text.Json;
using System.Text.Json.Serialization;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Json;

/// <summary>
/// Picks a component's type by its "type" number wherever it sits in the object. (System.Text.Json's own
/// polymorphism throws on a discriminator it does not know, and Discord adds component kinds often.)
/// </summary>
internal sealed class MessageComponentJsonConverter : JsonConverter<MessageComponent>
{
    public override MessageComponent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var json = document.RootElement;
        var kind = json.TryGetProperty("type", out var type) && type.TryGetInt32(out var number) ? (ComponentType)number : 0;
        var context = DiscordJsonContext.Default;
        return kind switch
        {
            ComponentType.ActionRow => json.Deserialize(context.ActionRow),
            ComponentType.Button => json.Deserialize(context.Button),
            ComponentType.StringSelect => json.Deserialize(context.StringSelect),
            ComponentType.TextInput => json.Deserialize(context.TextInput),
            _ => new UnknownComponent(kind, json.Clone()),
        };
    }

    public override void Write(Utf8JsonWriter writer, MessageComponent value, JsonSerializerOptions options)
    {
        var context = DiscordJsonContext.Default;
        switch (value)
        {
            case ActionRow row:
                JsonSerializer.Serialize(writer, row, context.ActionRow);
                break;
            case Button button:
                JsonSerializer.Serialize(writer, button, context.Button);
                break;
            case StringSelect select:
                JsonSerializer.Serialize(writer, select, context.StringSelect);
                break;
            case TextInput input:
                JsonSerializer.Serialize(writer, input, context.TextInput);
                break;
            case UnknownComponent unknown:
                unknown.Json.WriteTo(writer);
                break;
            default:
                throw new NotSupportedException($"{value.GetType().Name} has no JSON form.");
        }
    }
}
