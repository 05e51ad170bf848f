using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

internal sealed class DeleteMyCommandsMethod : LockedBotApiMethod
{
    public override FakeMethodDescription Description { get; } = new("deleteMyCommands", ["scope", "language_code"], [], []);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        if (CommandScopeReader.Read(call, out var scope, out var language) is { } error)
        {
            return error;
        }

        call.State.Commands.Delete(scope, language);
        return BotApiResult.True;
    }
}
