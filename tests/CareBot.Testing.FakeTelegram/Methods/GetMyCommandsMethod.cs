using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The menu of exactly this scope and language (no fallback to wider scopes, as on the server).</summary>
internal sealed class GetMyCommandsMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("getMyCommands", ["scope", "language_code"], [], []);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (CommandScopeReader.Read(call, out var scope, out var language) is { } error)
        {
            return error;
        }

        var commands = call.State.Commands.Get(scope, language) ?? [];
        return BotApiResult.Ok(new JsonArray([.. commands.Select(command =>
            (JsonNode)new JsonObject { ["command"] = command.Command, ["description"] = command.Description })]));
    }
}
