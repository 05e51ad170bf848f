using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using Microsoft.Extensions.Logging;

namespace CareBot.Telegram.Updates;

/// <summary>
/// What an operator should know when a group moved to a new chat id: the update router and the sender both learn of
/// moves (from the service messages, or from a 400 on sending), so they report them the same way.
/// </summary>
internal static partial class SpaceMoveLog
{
    public static void Report(ILogger logger, SpaceRef from, SpaceRef to, SpaceMove outcome)
    {
        switch (outcome)
        {
            case SpaceMove.Moved:
                LogMoved(logger, from.ChatId, to.ChatId);
                break;
            case SpaceMove.AddressTaken:
                LogAddressTaken(logger, from.ChatId, to.ChatId);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {From} became supergroup {To}; its community moved with it")]
    private static partial void LogMoved(ILogger logger, string from, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {From} became supergroup {To}, which CareBot already knew as a group of its own; the two communities were left apart")]
    private static partial void LogAddressTaken(ILogger logger, string from, string to);
}
