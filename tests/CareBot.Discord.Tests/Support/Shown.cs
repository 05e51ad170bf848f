using System.Text;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Support;

/// <summary>What a person sees of a message the bot sent: its words (content or embeds) and its buttons.</summary>
internal static class Shown
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>The markdown as sent: content, then each embed's description.</summary>
    public static string Text(FakeMessage message) =>
        string.Join('\n', new[] { message.Content }.Concat(message.Embeds.Select(embed => embed?["description"]?.GetValue<string>() ?? "")).Where(text => text.Length > 0));

    /// <summary>
    /// The words as Discord shows them: an escaped character as itself, bold and italic markers gone, the zero-width
    /// space that keeps "@everyone" from reading as a mention gone. Mentions stay as sent (<c>&lt;@id&gt;</c>).
    /// </summary>
    public static string Plain(string markdown)
    {
        var shown = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length)
            {
                shown.Append(markdown[++i]);
            }
            else if (c is not ('*' or ZeroWidthSpace))
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    public static string Plain(FakeMessage message) => Plain(Text(message));

    public static IReadOnlyList<JsonObject> Buttons(FakeMessage message) =>
        [.. message.Components.SelectMany(row => row?["components"]?.AsArray() ?? []).OfType<JsonObject>()];

    public static IReadOnlyList<string> Labels(FakeMessage message) => [.. Buttons(message).Select(button => button["label"]?.GetValue<string>() ?? "")];

    /// <summary>The custom_id of the button labelled <paramref name="label"/>; fails the test when there is none.</summary>
    public static string ButtonId(FakeMessage message, string label)
    {
        var button = Buttons(message).FirstOrDefault(button => button["label"]?.GetValue<string>() == label);
        Assert.True(button is not null, $"No \"{label}\" button on the message; it has: {string.Join(", ", Labels(message))}");
        return button["custom_id"]!.GetValue<string>();
    }

    /// <summary>Whether the message shows <paramref name="words"/> (see <see cref="Plain(string)"/>).</summary>
    public static bool Says(FakeMessage message, string words) => Plain(message).Contains(words, StringComparison.Ordinal);

    /// <summary>Every string in a request's JSON (content, embed descriptions, labels…), as the bot sent them.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject json => json.SelectMany(pair => Strings(pair.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };
}
