using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>Bulk overwrite of global and guild commands, with Discord's name rules and the daily create limit.</summary>
internal static partial class FakeCommandRoutes
{
    private static readonly HashSet<string> Fields = ["id", "name", "name_localizations", "description", "description_localizations", "options", "default_member_permissions", "dm_permission", "contexts", "integration_types", "handler", "type", "nsfw"];

    public static IEnumerable<FakeRoute> All() =>
    [
        new("PUT", "/applications/{application_id}/commands", call => Overwrite(call, null)),
        new("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", call => Overwrite(call, call.Id("guild_id"))),
    ];

    [GeneratedRegex(@"^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$")]
    private static partial Regex CommandName();

    private static FakeRestAnswer Overwrite(FakeCall call, ulong? guildId)
    {
        var state = call.State;
        if (call.Id("application_id") != state.Options.ApplicationId)
        {
            return FakeRestErrors.MissingAccess();
        }

        if (guildId is { } guild && !state.Guilds.ContainsKey(guild))
        {
            return FakeRestErrors.UnknownGuild();
        }

        var errors = new FakeFieldErrors();
        if (call.Json is not JsonArray commands)
        {
            errors.Add("", "BASE_TYPE_LIST", "Must be an array.");
            return FakeRestErrors.InvalidFormBody(errors);
        }

        for (var i = 0; i < commands.Count; i++)
        {
            Check(commands[i] as JsonObject, i.ToString(System.Globalization.CultureInfo.InvariantCulture), errors);
        }

        if (errors.Any)
        {
            return FakeRestErrors.InvalidFormBody(errors);
        }

        var scope = guildId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "global";
        var before = state.Commands.GetValueOrDefault(scope) ?? [];
        var created = commands.Count(command => before.All(old => old["name"]!.ToString() != command!["name"]!.ToString()));
        if (state.CommandCreatesToday + created > state.Options.DailyCommandCreates)
        {
            return FakeRestErrors.DailyCommandCreates();
        }

        state.CommandCreatesToday += created;
        var registered = commands.Select(command => Register(state, (JsonObject)command!, before, guildId)).ToList();
        state.Commands[scope] = registered;
        return FakeRestAnswer.Ok(new JsonArray([.. registered.Select(command => command.DeepClone())]));
    }

    private static void Check(JsonObject? command, string path, FakeFieldErrors errors)
    {
        if (command is null)
        {
            errors.Add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return;
        }

        foreach (var (name, _) in command.Where(field => !Fields.Contains(field.Key)))
        {
            errors.Unknown($"{path}.{name}");
        }

        var commandName = command["name"]?.GetValueKind() == JsonValueKind.String ? command["name"]!.GetValue<string>() : "";
        if (!CommandName().IsMatch(commandName))
        {
            errors.Add($"{path}.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
        }

        var chatInput = (command["type"]?.GetValue<int>() ?? 1) == 1;
        var description = command["description"]?.ToString() ?? "";
        if (chatInput && description.Length is < 1 or > 100)
        {
            errors.Add($"{path}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }

        if (command["options"] is JsonArray { Count: > 25 })
        {
            errors.MaxLength($"{path}.options", 25);
        }
    }

    private static JsonObject Register(FakeRestState state, JsonObject command, List<JsonObject> before, ulong? guildId)
    {
        var name = command["name"]!.ToString();
        var id = before.FirstOrDefault(old => old["name"]!.ToString() == name)?["id"]?.ToString() ?? FakeJson.Id(state.NextId());
        var registered = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = FakeJson.Id(state.Options.ApplicationId),
            ["version"] = FakeJson.Id(state.NextId()),
            ["default_member_permissions"] = command["default_member_permissions"]?.ToString(),
            ["type"] = command["type"]?.GetValue<int>() ?? 1,
            ["name"] = name,
            ["description"] = command["description"]?.ToString() ?? "",
            ["dm_permission"] = true,
            ["nsfw"] = false,
        };
        if (guildId is { } guild)
        {
            registered["guild_id"] = FakeJson.Id(guild);
        }

        if (command["options"] is JsonArray options)
        {
            registered["options"] = options.DeepClone();
        }

        return registered;
    }
}
