using System.Text.Json;
using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Reads the scope and language_code that key a command menu; no scope means the default scope.</summary>
internal static class CommandScopeReader
{
    public static BotApiResult? Read(BotApiCall call, out CommandScope scope, out string language)
    {
        scope = CommandScope.Default;
        language = call.Args.GetString("language_code") ?? "";
        if (!call.Args.Has("scope"))
        {
            return null;
        }

        if (call.Args.GetJson("scope") is not { ValueKind: JsonValueKind.Object } json
            || !json.TryGetProperty("type", out var typeElement) || typeElement.GetString() is not { } type)
        {
            return BotApiErrors.BadRequest("can't parse BotCommandScope JSON object");
        }

        switch (type)
        {
            case "default" or "all_private_chats" or "all_group_chats" or "all_chat_administrators":
                scope = new CommandScope(type);
                return null;
            case "chat" or "chat_administrators" or "chat_member":
                return ReadChatScope(call, json, type, out scope);
            default:
                return BotApiErrors.BadRequest("unsupported bot command scope type");
        }
    }

    private static BotApiResult? ReadChatScope(BotApiCall call, JsonElement json, string type, out CommandScope scope)
    {
        scope = CommandScope.Default;
        var chatValue = json.TryGetProperty("chat_id", out var chatId)
            ? chatId.ValueKind == JsonValueKind.String ? chatId.GetString() : chatId.GetRawText()
            : null;
        if (chatValue is null)
        {
            return BotApiErrors.ChatNotFound;
        }

        if (ChatAccess.Resolve(call.State, chatValue, out var chat) is { } chatError)
        {
            return chatError;
        }

        if (type != "chat_member")
        {
            scope = new CommandScope(type, chat.Id);
            return null;
        }

        if (!json.TryGetProperty("user_id", out var userId) || !userId.TryGetInt64(out var user) || !call.State.Chats.TryGetUser(user, out _))
        {
            return BotApiErrors.UserNotFound;
        }

        scope = new CommandScope(type, chat.Id, user);
        return null;
    }
}
