using System.Text.Json;

namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>The parts of api.json the spec tests use: each method's fields and each type's fields and subtypes.</summary>
public sealed class ApiSpec
{
    private readonly JsonElement _root;

    private ApiSpec(JsonElement root) => _root = root;

    public static ApiSpec Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(SpecFile.Path!));
        return new ApiSpec(document.RootElement.Clone());
    }

    public bool HasMethod(string name) => _root.GetProperty("methods").TryGetProperty(name, out _);

    public IReadOnlyList<SpecField> MethodFields(string method) => Fields(_root.GetProperty("methods").GetProperty(method));

    public IReadOnlyList<string> Returns(string method) =>
        [.. _root.GetProperty("methods").GetProperty(method).GetProperty("returns").EnumerateArray().Select(type => type.GetString()!)];

    public bool HasType(string name) => _root.GetProperty("types").TryGetProperty(name, out _);

    public IReadOnlyList<SpecField> TypeFields(string type) => Fields(_root.GetProperty("types").GetProperty(type));

    public IReadOnlyList<string> Subtypes(string type) =>
        _root.GetProperty("types").GetProperty(type).TryGetProperty("subtypes", out var subtypes)
            ? [.. subtypes.EnumerateArray().Select(subtype => subtype.GetString()!)]
            : [];

    private static List<SpecField> Fields(JsonElement element) =>
        element.TryGetProperty("fields", out var fields)
            ? [.. fields.EnumerateArray().Select(field => new SpecField(
                field.GetProperty("name").GetString()!,
                [.. field.GetProperty("types").EnumerateArray().Select(type => type.GetString()!)],
                field.GetProperty("required").GetBoolean()))]
            : [];
}
