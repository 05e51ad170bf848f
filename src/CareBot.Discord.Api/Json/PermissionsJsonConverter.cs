using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Api.Json;

/// <summary>Permission sets travel as decimal strings ("2048"), since they outgrow JavaScript numbers.</summary>
public sealed class PermissionsJsonConverter : JsonConverter<Permissions>
{
    public override Permissions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => (Permissions)reader.GetUInt64(),
            JsonTokenType.String when ulong.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) => (Permissions)bits,
            _ => throw new JsonException("Permissions must be a decimal string."),
        };

    public override void Write(Utf8JsonWriter writer, Permissions value, JsonSerializerOptions options) =>
        writer.WriteStringValue(((ulong)value).ToString(CultureInfo.InvariantCulture));
}
