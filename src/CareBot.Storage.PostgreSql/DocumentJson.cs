using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LiteDB;

namespace CareBot.Storage.PostgreSql;

/// <summary>
/// Documents as JSON text for jsonb. Values JSON has no type for keep a tag, in the form MongoDB and LiteDB use
/// (<c>{"$date": "…"}</c>, <c>{"$binary": "…"}</c>, <c>{"$numberLong": "…"}</c>), so a document read back is the document
/// written, value for value, and the mapper makes the same entity of it that LiteDB would. Not LiteDB's own
/// JsonSerializer: it reads dates back in the machine's local time, and DateTime.MaxValue (a pause "until resumed")
/// then overflows east of Greenwich. Here dates are written and read in UTC, to the tick.
/// </summary>
internal static class DocumentJson
{
    private const string DateTag = "$date";
    private const string LongTag = "$numberLong";
    private const string DecimalTag = "$numberDecimal";
    private const string BinaryTag = "$binary";
    private const string GuidTag = "$guid";
    private const string ObjectIdTag = "$oid";
    private const string MinValueTag = "$minValue";
    private const string MaxValueTag = "$maxValue";

    public static string Write(BsonDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteValue(writer, document);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static BsonDocument Read(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return ReadValue(parsed.RootElement).AsDocument;
    }

    private static void WriteValue(Utf8JsonWriter writer, BsonValue value)
    {
        switch (value.Type)
        {
            case BsonType.Document:
                writer.WriteStartObject();
                foreach (var (key, item) in value.AsDocument)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case BsonType.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsArray)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case BsonType.Null:
                writer.WriteNullValue();
                break;
            case BsonType.String:
                writer.WriteStringValue(value.AsString);
                break;
            case BsonType.Boolean:
                writer.WriteBooleanValue(value.AsBoolean);
                break;
            case BsonType.Int32:
                writer.WriteNumberValue(value.AsInt32);
                break;
            case BsonType.Double:
                // A fraction or an exponent marks a double when read back, even one with an integral value (5.0).
                var number = value.AsDouble.ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(number.Contains('.', StringComparison.Ordinal) || number.Contains('E', StringComparison.Ordinal) ? number : number + ".0");
                break;
            case BsonType.Int64:
                Tagged(writer, LongTag, value.AsInt64.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.Decimal:
                Tagged(writer, DecimalTag, value.AsDecimal.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.DateTime:
                Tagged(writer, DateTag, Utc(value.AsDateTime).ToString("O", CultureInfo.InvariantCulture));
                break;
            case BsonType.Binary:
                Tagged(writer, BinaryTag, Convert.ToBase64String(value.AsBinary));
                break;
            case BsonType.Guid:
                Tagged(writer, GuidTag, value.AsGuid.ToString("D"));
                break;
            case BsonType.ObjectId:
                Tagged(writer, ObjectIdTag, value.AsObjectId.ToString());
                break;
            case BsonType.MinValue:
                Tagged(writer, MinValueTag, "1");
                break;
            case BsonType.MaxValue:
                Tagged(writer, MaxValueTag, "1");
                break;
            default:
                throw new NotSupportedException($"A document value of type {value.Type} can't be stored.");
        }
    }

    /// <summary>LiteDB hands back dates in local time, except its smallest and largest, which it leaves as they are.</summary>
    private static DateTime Utc(DateTime date) =>
        date == DateTime.MaxValue || date == DateTime.MinValue ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime();

    private static void Tagged(Utf8JsonWriter writer, string tag, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(tag, text);
        writer.WriteEndObject();
    }

    private static BsonValue ReadValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ReadObject(element),
        JsonValueKind.Array => new BsonArray(element.EnumerateArray().Select(ReadValue)),
        JsonValueKind.String => new BsonValue(element.GetString()),
        JsonValueKind.Number => ReadNumber(element),
        JsonValueKind.True => new BsonValue(true),
        JsonValueKind.False => new BsonValue(false),
        _ => BsonValue.Null,
    };

    private static BsonValue ReadNumber(JsonElement element)
    {
        var text = element.GetRawText();
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
        {
            return new BsonValue(element.GetDouble());
        }

        return element.TryGetInt32(out var small) ? new BsonValue(small) : new BsonValue(element.GetInt64());
    }

    private static BsonValue ReadObject(JsonElement element)
    {
        if (Tag(element) is var (tag, text))
        {
            switch (tag)
            {
                case DateTag:
                    return new BsonValue(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
                case LongTag:
                    return new BsonValue(long.Parse(text, CultureInfo.InvariantCulture));
                case DecimalTag:
                    return new BsonValue(decimal.Parse(text, CultureInfo.InvariantCulture));
                case BinaryTag:
                    return new BsonValue(Convert.FromBase64String(text));
                case GuidTag:
                    return new BsonValue(Guid.Parse(text));
                case ObjectIdTag:
                    return new BsonValue(new ObjectId(text));
                case MinValueTag:
                    return BsonValue.MinValue;
                case MaxValueTag:
                    return BsonValue.MaxValue;
            }
        }

        var document = new BsonDocument();
        foreach (var property in element.EnumerateObject())
        {
            document[property.Name] = ReadValue(property.Value);
        }

        return document;
    }

    /// <summary>An object of one string property whose name is a tag: a typed value, not a document.</summary>
    private static (string Tag, string Text)? Tag(JsonElement element)
    {
        using var properties = element.EnumerateObject();
        if (!properties.MoveNext())
        {
            return null;
        }

        var first = properties.Current;
        if (properties.MoveNext() || !first.Name.StartsWith('$') || first.Value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return (first.Name, first.Value.GetString()!);
    }
}
