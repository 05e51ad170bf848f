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

        if (!ButtonActions.Any(action => HasAction(button, action)))
        {
            return BotApiErrors.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        if (HasAction(button, "callback_data") && Encoding.UTF8.GetByteCount(button.GetProperty("callback_data").GetString()!) > MaxCallbackDataBytes)
        {
            return BotApiErrors.ButtonDataInvalid;
        }

        if (HasAction(button, "url") && !IsButtonUrl(button.GetProperty("url").GetString()))
        {
            return BotApiErrors.BadRequest("BUTTON_URL_INVALID");
        }

        // Checked by Telegram's servers after the Bot API has parsed the button, so it comes last.
        return string.IsNullOrWhiteSpace(text.GetString()) ? BotApiErrors.BadRequest("BUTTON_TEXT_INVALID") : null;
    }

    /// <summary>The Bot API reads an empty url or callback_data as no url or callback data at all (telegram-bot-api, Client.cpp).</summary>
    private static bool HasAction(JsonElement button, string action) =>
        button.TryGetProperty(action, out var value)
        && (action is not ("url" or "callback_data") || value.ValueKind != JsonValueKind.String || value.GetString()!.Length > 0);

    private static bool IsButtonUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tg" or "ton";
}
