using System.Globalization;
using System.Text.Json;

namespace CareBot.Testing.FakeTelegram.Http;

/// <summary>
/// The parameters of one call, read the way the Bot API reads them: whatever the encoding, a value is looked up by
/// name and converted on demand; an empty string counts as absent.
/// </summary>
internal sealed class BotApiArguments(
    IReadOnlyDictionary<string, ArgumentValue> values,
    IReadOnlyDictionary<string, UploadedFile> files)
{
    private const string AttachPrefix = "attach://";

    public static BotApiArguments Empty { get; } = new(new Dictionary<string, ArgumentValue>(), new Dictionary<string, UploadedFile>());

    /// <summary>Parameter names, including files sent directly under a parameter name, but not attach:// parts.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            var attached = values.Values
                .Select(value => value.AsString())
                .Where(text => text?.StartsWith(AttachPrefix, StringComparison.Ordinal) == true)
                .Select(text => text![AttachPrefix.Length..])
                .ToHashSet(StringComparer.Ordinal);
            return values.Keys.Concat(files.Keys.Where(name => !attached.Contains(name) && !values.ContainsKey(name)));
        }
    }

    public bool Has(string name) => (values.TryGetValue(name, out var value) && !value.IsAbsent) || files.ContainsKey(name);

    public string? GetString(string name) => values.TryGetValue(name, out var value) && !value.IsAbsent ? value.AsString() : null;

    /// <summary>The integer value; null when absent or not an integer (callers turn that into their own error).</summary>
    public long? GetInteger(string name) =>
        long.TryParse(GetString(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public bool GetBoolean(string name) => GetString(name)?.ToLowerInvariant() is "true" or "1";

    public JsonElement? GetJson(string name) => values.TryGetValue(name, out var value) && !value.IsAbsent ? value.AsJson() : null;

    /// <summary>An uploaded file given as "attach://part" or as a file part named like the parameter.</summary>
    public UploadedFile? GetFile(string name)
    {
        var text = GetString(name);
        if (text?.StartsWith(AttachPrefix, StringComparison.Ordinal) == true)
        {
            return files.GetValueOrDefault(text[AttachPrefix.Length..]);
        }

        return files.GetValueOrDefault(name);
    }
}
