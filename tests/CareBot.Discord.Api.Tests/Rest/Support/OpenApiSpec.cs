using System.Text.Json;

namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>The parts of openapi.json the spec tests use: paths with their methods, and each schema's property names.</summary>
public sealed class OpenApiSpec
{
    private readonly JsonElement _root;

    private OpenApiSpec(JsonElement root) => _root = root;

    public static OpenApiSpec Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(OpenApiFile.Path!));
        return new OpenApiSpec(document.RootElement.Clone());
    }

    public bool HasOperation(string method, string path) =>
        _root.GetProperty("paths").TryGetProperty(path, out var operations) && operations.TryGetProperty(method.ToLowerInvariant(), out _);

    /// <summary>The property names of a schema, with those of every schema it is made of (allOf, oneOf, anyOf).</summary>
    public IReadOnlySet<string> Properties(string schema)
    {
        var names = new HashSet<string>();
        Collect(_root.GetProperty("components").GetProperty("schemas").GetProperty(schema), names);
        return names;
    }

    /// <summary>The schema names a route's 200 answer may take.</summary>
    public IReadOnlyList<string> ResponseSchemas(string method, string path)
    {
        var operation = _root.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant());
        if (!operation.GetProperty("responses").TryGetProperty("200", out var ok) || !ok.TryGetProperty("content", out var content))
        {
            return [];
        }

        var schema = content.GetProperty("application/json").GetProperty("schema");
        if (schema.TryGetProperty("items", out var items))
        {
            schema = items;
        }

        var found = new List<string>();
        References(schema, found);
        return found;
    }

    private void Collect(JsonElement schema, HashSet<string> names)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Collect(_root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]), names);
            return;
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            names.UnionWith(properties.EnumerateObject().Select(property => property.Name));
        }

        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(combinator, out var parts))
            {
                foreach (var part in parts.EnumerateArray())
                {
                    Collect(part, names);
                }
            }
        }
    }

    private static void References(JsonElement schema, List<string> found)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            found.Add(reference.GetString()!.Split('/')[^1]);
        }

        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(combinator, out var parts))
            {
                foreach (var part in parts.EnumerateArray())
                {
                    References(part, found);
                }
            }
        }
    }
}
