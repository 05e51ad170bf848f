using System.Text.Json;

namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>
/// Checks a JSON value against a type of api.json: no field the type lacks, every required field present, nested
/// values checked against their declared types, union types (ChatMember, ...) matched to one of their subtypes.
/// </summary>
public sealed class SpecShapeValidator(ApiSpec spec)
{
    private const string ArrayOf = "Array of ";

    public IReadOnlyList<string> Problems(JsonElement value, IReadOnlyList<string> types, string path)
    {
        var problems = new List<string>();
        Check(value, types, path, problems);
        return problems;
    }

    private void Check(JsonElement value, IReadOnlyList<string> types, string path, List<string> problems)
    {
        var attempts = types.Select(type => CheckOne(value, type, path)).ToList();
        if (attempts.All(attempt => attempt.Count > 0))
        {
            problems.AddRange(attempts.OrderBy(attempt => attempt.Count).First());
        }
    }

    private List<string> CheckOne(JsonElement value, string type, string path)
    {
        var problems = new List<string>();
        if (type.StartsWith(ArrayOf, StringComparison.Ordinal))
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return [$"{path}: expected {type}, got {value.ValueKind}"];
            }

            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, [type[ArrayOf.Length..]], $"{path}[{index++}]", problems);
            }

            return problems;
        }

        var primitiveOk = type switch
        {
            "Integer" or "Float" => value.ValueKind == JsonValueKind.Number,
            "String" => value.ValueKind == JsonValueKind.String,
            "Boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "True" => value.ValueKind == JsonValueKind.True,
            _ => (bool?)null,
        };
        if (primitiveOk is { } ok)
        {
            return ok ? [] : [$"{path}: expected {type}, got {value.ValueKind}"];
        }

        return spec.Subtypes(type) is { Count: > 0 } subtypes
            ? CheckUnion(value, type, subtypes, path)
            : CheckObject(value, type, path);
    }

    private List<string> CheckUnion(JsonElement value, string type, IReadOnlyList<string> subtypes, string path)
    {
        var attempts = subtypes.Select(subtype => CheckObject(value, subtype, path)).ToList();
        return attempts.Any(attempt => attempt.Count == 0)
            ? []
            : [$"{path}: matches no subtype of {type}: {string.Join("; ", attempts.OrderBy(attempt => attempt.Count).First())}"];
    }

    private List<string> CheckObject(JsonElement value, string type, string path)
    {
        if (!spec.HasType(type))
        {
            return [$"{path}: unknown type {type}"];
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return [$"{path}: expected {type} object, got {value.ValueKind}"];
        }

        var problems = new List<string>();
        var fields = spec.TypeFields(type).ToDictionary(field => field.Name);
        foreach (var property in value.EnumerateObject())
        {
            if (!fields.TryGetValue(property.Name, out var field))
            {
                problems.Add($"{path}.{property.Name}: {type} has no such field");
                continue;
            }

            Check(property.Value, field.Types, $"{path}.{property.Name}", problems);
        }

        problems.AddRange(fields.Values
            .Where(field => field.Required && !value.TryGetProperty(field.Name, out _))
            .Select(field => $"{path}: required field {type}.{field.Name} is missing"));
        return problems;
    }
}
