using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class SetMyCommandsMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("setMyCommands", ["commands", "scope", "language_code"], [], ["commands"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (BotCommandListReader.Read(call, out var commands) is { } commandsError)
        {
            return commandsError;
        }

        if (CommandScopeReader.Read(call, out var scope, out var language) is { } scopeError)
        {
            return scopeError;
        }

        call.State.Commands.Set(scope, language, commands);
        return BotApiResult.True;
    }
}
