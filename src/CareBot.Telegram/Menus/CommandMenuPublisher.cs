using CareBot.Core.Engine;
using CareBot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Telegram.Menus;

/// <summary>Sets the group and private command menus at start-up, only where Telegram's copy differs from the wanted one.</summary>
internal sealed partial class CommandMenuPublisher(ITelegramBotClient client, CareEngine engine, ILogger<CommandMenuPublisher> logger)
{
    /// <summary>Null when both menus are right; otherwise the failure that stopped it (the caller decides if it matters).</summary>
    public async Task<ApiFailure?> PublishAsync(CancellationToken cancellationToken)
    {
        var menus = new (BotCommandScope Scope, IReadOnlyList<BotCommand> Commands)[]
        {
            (BotCommandScope.AllGroupChats(), CommandMenus.ForGroups(engine.Commands)),
            (BotCommandScope.AllPrivateChats(), CommandMenus.ForPrivateChats(engine.Commands)),
        };
        try
        {
            foreach (var (scope, wanted) in menus)
            {
                if (await ReadAsync(scope, cancellationToken) is { } current && CommandMenus.Same(current, wanted))
                {
                    continue;
                }

                await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, async token =>
                {
                    await client.SetMyCommands(wanted, scope, cancellationToken: token);
                    return true;
                }, cancellationToken);
                LogMenuSet(scope.Type, wanted.Count);
            }

            return null;
        }
        catch (Exception e) when (ApiFailure.From(e) is { } failure)
        {
            return failure;
        }
    }

    /// <summary>The menu Telegram has for the scope, or null when it can't be read (then it is simply set).</summary>
    private async Task<BotCommand[]?> ReadAsync(BotCommandScope scope, CancellationToken cancellationToken)
    {
        try
        {
            return await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, token => client.GetMyCommands(scope, cancellationToken: token), cancellationToken);
        }
        catch (Exception e) when (ApiFailure.From(e) is { Kind: not ApiFailureKind.Unauthorized })
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command menu for {Scope} set ({Count} commands)")]
    private partial void LogMenuSet(BotCommandScopeType scope, int count);
}
