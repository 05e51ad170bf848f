using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Telegram.Api;
using CareBot.Telegram.Hosting;
using CareBot.Telegram.Menus;
using CareBot.Telegram.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareBot.Telegram.Polling;

/// <summary>
/// The transport: asks Telegram who the bot is, sets the menus, then long-polls for updates and hands each one to
/// the router, confirming it (through the next offset) only after it was handled. Network trouble backs off and
/// retries; a rejected token stops the host.
/// </summary>
internal sealed partial class TelegramPollingService(
    ITelegramBotClient client,
    UpdateRouter router,
    CareEngine engine,
    BotConnector connector,
    CommandMenuPublisher menus,
    BotIdentitySource identity,
    TelegramShutdown shutdown,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private const int BatchLimit = 100;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ShortestEmptyPoll = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await connector.ConnectAsync(stoppingToken) is not { } bot)
            {
                return;
            }

            identity.Set(bot);
            if (await menus.PublishAsync(stoppingToken) is { } failure)
            {
                if (failure.Kind == ApiFailureKind.Unauthorized)
                {
                    shutdown.Stop(TelegramMessages.TokenRejected);
                    return;
                }

                LogMenusFailed(failure.ToString());
            }

            // A webhook left by an earlier run in webhook mode would refuse every poll; this instance polls, so it goes.
            await DeleteWebhookAsync(stoppingToken);
            await PollAsync(bot, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PollAsync(BotIdentity bot, CancellationToken cancellationToken)
    {
        var lastHandled = long.TryParse(engine.ReadCursor(UpdateRouter.CursorName), NumberStyles.None, CultureInfo.InvariantCulture, out var stored)
            ? stored
            : (long?)null;
        var timeout = options.Value.PollTimeoutSeconds;
        var failures = 0;
        LogPolling(bot.Username, lastHandled ?? 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            Update[] updates;
            var polledAt = time.GetUtcNow();
            try
            {
                var offset = lastHandled is { } last ? (int)(last + 1) : (int?)null;
                updates = await TelegramDeadlines.RunAsync(
                    TelegramDeadlines.Poll(timeout),
                    token => client.GetUpdates(offset, BatchLimit, timeout, UpdateRouter.Wanted, token),
                    cancellationToken);
                failures = 0;
            }
            catch (Exception e) when (ApiFailure.From(e) is { } failure)
            {
                if (!await RecoverAsync(failure, ++failures, cancellationToken))
                {
                    return;
                }

                continue;
            }

            var early = ShortestEmptyPoll - (time.GetUtcNow() - polledAt);
            if (updates.Length == 0 && early > TimeSpan.Zero)
            {
                // An empty answer at once (a timeout of 0, or a server that doesn't hold polls) would make this a busy loop.
                await Task.Delay(early, time, cancellationToken);
                continue;
            }

            foreach (var update in updates.OrderBy(update => update.Id))
            {
                // Telegram may resend what a crash kept from being confirmed; the stored cursor says it was handled.
                if (lastHandled is { } last && update.Id <= last)
                {
                    continue;
                }

                if (!await TryHandleAsync(update, bot, cancellationToken))
                {
                    await Task.Delay(Backoff.After(++failures, FirstBackoff, LongestBackoff), time, cancellationToken);
                    break;
                }

                lastHandled = update.Id;
            }
        }
    }

    /// <summary>Waits out a failed poll; false when polling can't go on (the token was rejected).</summary>
    private async Task<bool> RecoverAsync(ApiFailure failure, int failures, CancellationToken cancellationToken)
    {
        switch (failure.Kind)
        {
            case ApiFailureKind.Unauthorized:
                shutdown.Stop(TelegramMessages.TokenRejected);
                return false;
            case ApiFailureKind.Conflict when failure.IsAbout("webhook"):
                LogRemovingWebhook();
                await DeleteWebhookAsync(cancellationToken);
                return true;
            case ApiFailureKind.Conflict:
                // Another process polls with this token: Telegram ends one poll for the other, and both keep half the updates.
                LogAnotherPoller(Backoff.After(failures, FirstBackoff, LongestBackoff).TotalSeconds);
                await Task.Delay(Backoff.After(failures, FirstBackoff, LongestBackoff), time, cancellationToken);
                return true;
        }

        var wait = failure.RetryAfter ?? Backoff.After(failures, FirstBackoff, LongestBackoff);
        LogPollFailed(failure.ToString(), wait.TotalSeconds);
        await Task.Delay(wait, time, cancellationToken);
        return true;
    }

    /// <summary>deleteWebhook, keeping what Telegram holds for the bot; a failure shows in the next poll (409 again).</summary>
    private async Task DeleteWebhookAsync(CancellationToken cancellationToken)
    {
        try
        {
            await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, async token =>
            {
                await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: token);
                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (ApiFailure.From(e) is not null)
        {
            // The next poll tells whether it worked.
        }
    }

    /// <summary>
    /// Handles one update. One the engine throws on (a bug) is logged and recorded as seen, so it can't wedge the bot;
    /// false only when even that can't be stored, and the batch is polled again later.
    /// </summary>
    private async Task<bool> TryHandleAsync(Update update, BotIdentity bot, CancellationToken cancellationToken)
    {
        try
        {
            await router.HandleAsync(update, bot, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUpdateFailed(e, update.Id, update.Type.ToString());
        }

        try
        {
            await engine.IgnoreAsync(new Cursor(UpdateRouter.CursorName, update.Id.ToString(CultureInfo.InvariantCulture)), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCursorFailed(e, update.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "@{Username} is polling for updates after update {LastHandled}")]
    private partial void LogPolling(string username, long lastHandled);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Couldn't set the command menus ({Reason}); commands still work when typed")]
    private partial void LogMenusFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Telegram failed ({Reason}); trying again in {Seconds:0.#} s")]
    private partial void LogPollFailed(string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook is set for this bot, which blocks polling; removing it")]
    private partial void LogRemovingWebhook();

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Another process is polling Telegram with this bot's token (409 Conflict); run one polling instance per token, or set Telegram:Webhook:Url on all of them. Polling again in {Seconds:0.#} s")]
    private partial void LogAnotherPoller(double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} ({UpdateType}) failed; it is skipped")]
    private partial void LogUpdateFailed(Exception exception, int updateId, string updateType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Couldn't record update {UpdateId} as seen; polling again shortly")]
    private partial void LogCursorFailed(Exception exception, int updateId);
}
