using System.Text.Json;
using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Reads setMyCommands' list: commands are 1-32 of a-z, 0-9 and _, descriptions 1-256 characters, at most 100.</summary>
internal static class BotCommandListReader
{
    private const int MaxCommands = 100;
    private const int MaxCommandLength = 32;
    private const int MaxDescriptionLength = 256;

    public static BotApiResult? Read(BotApiCall call, out List<RegisteredCommand> commands)
    {
        commands = [];
        if (call.Args.GetJson("commands") is not { ValueKind: JsonValueKind.Array } array)
        {
            return BotApiErrors.BadRequest("can't parse commands JSON object");
        }

        foreach (var item in array.EnumerateArray())
        {
            if (!TryGetString(item, "command", out var command))
            {
                return BotApiErrors.BadRequest("can't parse BotCommand: Can't find field \"command\"");
            }

            if (!TryGetString(item, "description", out var description))
            {
                return BotApiErrors.BadRequest("can't parse BotCommand: Can't find field \"description\"");
            }

            if (command.Length is 0 or > MaxCommandLength || !command.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return BotApiErrors.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Trim().Length == 0)
            {
                return BotApiErrors.BadRequest("command description must be non-empty");
            }

            if (description.Length > MaxDescriptionLength)
            {
                return BotApiErrors.BadRequest("command description is too long");
            }

            commands.Add(new RegisteredCommand(command, description));
        }

        return commands.Count > MaxCommands ? BotApiErrors.BadRequest("too many commands") : null;
    }

    private static bool TryGetString(JsonElement item, string name, out string value)
    {
        value = item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : null!;
        return value is not null;
    }
}
