using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// Reads reply_markup. Inline keyboards are validated button by button as Telegram does; other keyboards (reply
/// keyboard, remove, force reply) are accepted but never appear in the returned Message.
/// </summary>
internal static class InlineKeyboardReader
{
    private const int MaxCallbackDataBytes = 64;

    private static readonly string[] ButtonActions =
    [
        "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    public static BotApiResult? Read(BotApiCall call, out JsonObject? markup)
    {
        markup = null;
        if (!call.Args.Has("reply_markup"))
        {
            return null;
        }

        if (call.Args.GetJson("reply_markup") is not { ValueKind: JsonValueKind.Object } json)
        {
            return BotApiErrors.BadRequest("can't parse reply keyboard markup JSON object");
        }

        if (!json.TryGetProperty("inline_keyboard", out var rows))
        {
            return null;
        }

        var keyboard = new JsonArray();
        if (rows.ValueKind != JsonValueKind.Array || rows.EnumerateArray().Any(row => row.ValueKind != JsonValueKind.Array))
        {
            return BotApiErrors.BadRequest("can't parse inline keyboard: field \"inline_keyboard\" must be an Array of Arrays");
        }

        foreach (var row in rows.EnumerateArray())
        {

            var buttons = new JsonArray();
            foreach (var button in row.EnumerateArray())
            {
                if (ReadButton(button) is { } error)
                {
                    return error;
                }

                buttons.Add(JsonNode.Parse(button.GetRawText()));
            }

            keyboard.Add(buttons);
        }

        markup = keyboard.Count == 0 ? null : new JsonObject { ["inline_keyboard"] = keyboard };
        return null;
    }

    private static BotApiResult? ReadButton(JsonElement button)
    {
        if (button.ValueKind != JsonValueKind.Object
            || !button.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return BotApiErrors.BadRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }

        if (!ButtonActions.Any(action => button.TryGetProperty(action, out _)))
        {
            return BotApiErrors.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        if (button.TryGetProperty("callback_data", out var data)
            && Encoding.UTF8.GetByteCount(data.GetString() ?? "") is 0 or > MaxCallbackDataBytes)
        {
            return BotApiErrors.ButtonDataInvalid;
        }

        if (button.TryGetProperty("url", out var url) && !IsButtonUrl(url.GetString()))
        {
            return BotApiErrors.BadRequest("BUTTON_URL_INVALID");
        }

        return null;
    }

    private static bool IsButtonUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tg" or "ton";
}
