using CareBot.Telegram.Api;
using CareBot.Telegram.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace CareBot.Telegram.Polling;

/// <summary>
/// Asks Telegram who the bot is (getMe) until it answers. A rejected token or a base URL that is no Bot API stops the
/// host with one line; anything else (the network, a 5xx) is waited out with backoff.
/// </summary>
internal sealed partial class BotConnector(ITelegramBotClient client, TelegramShutdown shutdown, TimeProvider time, ILogger<BotConnector> logger)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(1);

    /// <summary>getMe until it answers: the identity, or null when the token or the URL is wrong (the host is stopping).</summary>
    public async Task<BotIdentity?> ConnectAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var me = await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, client.GetMe, cancellationToken);
                LogConnected(me.Username ?? "", me.Id);
                return new BotIdentity(me.Id, me.Username ?? "");
            }
            catch (Exception e) when (ApiFailure.From(e) is { } failure)
            {
                switch (failure.Kind)
                {
                    case ApiFailureKind.Unauthorized:
                        shutdown.Stop(TelegramMessages.TokenRejected);
                        return null;
                    case ApiFailureKind.NotFound:
                        shutdown.Stop(TelegramMessages.NotABotApi);
                        return null;
                }

                var wait = failure.RetryAfter ?? Backoff.After(failures, FirstBackoff, LongestBackoff);
                LogUnreachable(failure.ToString(), wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Telegram as @{Username} (bot id {BotId})")]
    private partial void LogConnected(string username, long botId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram is unreachable at start-up ({Reason}); trying again in {Seconds:0.#} s")]
    private partial void LogUnreachable(string reason, double seconds);
}
