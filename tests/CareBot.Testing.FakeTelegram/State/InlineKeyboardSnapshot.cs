using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeTelegram.State;

/// <summary>Reads the buttons back out of a stored inline keyboard, for tests and for checking button presses.</summary>
internal static class InlineKeyboardSnapshot
{
    public static IReadOnlyList<IReadOnlyList<SentButton>> Buttons(JsonObject? markup)
    {
        if (markup?["inline_keyboard"] is not JsonArray rows)
        {
            return [];
        }

        return [.. rows.OfType<JsonArray>().Select(row => (IReadOnlyList<SentButton>)[.. row.OfType<JsonObject>().Select(ToButton)])];
    }

    private static SentButton ToButton(JsonObject button) => new(
        button["text"]?.GetValue<string>() ?? "",
        button["callback_data"]?.GetValue<string>(),
        button["url"]?.GetValue<string>());
}
