using CareBot.Telegram.Api;
using CareBot.Telegram.Hosting;
using CareBot.Telegram.Menus;
using CareBot.Telegram.Polling;
using CareBot.Telegram.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CareBot.Telegram.Webhook;

/// <summary>
/// The transport when Telegram pushes updates: a small web server (Kestrel inside the host) takes them at the webhook
/// path, then the bot says who it is, sets the menus and tells Telegram where to push (setWebhook). Every instance
/// behind a balancer does the same; they register the same URL and secret, so whichever speaks last changes nothing.
/// </summary>
internal sealed partial class TelegramWebhookService(
    ITelegramBotClient client,
    WebhookEndpoint endpoint,
    BotConnector connector,
    CommandMenuPublisher menus,
    BotIdentitySource identity,
    TelegramShutdown shutdown,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan StopWaitingFor = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var webhook = options.Value.Webhook;
        WebApplication? app = null;
        try
        {
            // Listening first: Telegram may push as soon as the webhook is set (what comes before getMe answers gets 503 and is sent again).
            app = Build(webhook);
            try
            {
                await app.StartAsync(stoppingToken);
            }
            catch (IOException e)
            {
                shutdown.Stop($"Telegram:Webhook:ListenUrl {webhook.ListenUrl} can't be listened on ({e.Message}).");
                return;
            }

            LogListening(webhook.ListenUrl);
            if (await connector.ConnectAsync(stoppingToken) is not { } bot)
            {
                return;
            }

            identity.Set(bot);
            if (await menus.PublishAsync(stoppingToken) is { } failure)
            {
                LogMenusFailed(failure.ToString());
            }

            if (await RegisterAsync(webhook, stoppingToken))
            {
                LogRegistered(bot.Username, webhook.Host);
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (app is not null)
            {
                using var stopping = new CancellationTokenSource(StopWaitingFor);
                await app.StopAsync(stopping.Token);
                await app.DisposeAsync();
            }
        }
    }

    private WebApplication Build(TelegramWebhookOptions webhook)
    {
        // The empty builder reads no configuration of its own: the host's Telegram:Webhook section alone says where it listens.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(webhook.ListenUrl);
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.MapPost(webhook.Path, (RequestDelegate)endpoint.HandleAsync);
        return app;
    }

    /// <summary>setWebhook until Telegram agrees; false when it can't (the token or the webhook was refused: the host stops).</summary>
    private async Task<bool> RegisterAsync(TelegramWebhookOptions webhook, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, async token =>
                {
                    await client.SetWebhook(
                        webhook.Url,
                        maxConnections: webhook.MaxConnections,
                        allowedUpdates: UpdateRouter.Wanted,
                        dropPendingUpdates: false,
                        secretToken: webhook.Secret,
                        cancellationToken: token);
                    return true;
                }, cancellationToken);
                return true;
            }
            catch (Exception e) when (ApiFailure.From(e) is { } failure)
            {
                switch (failure.Kind)
                {
                    case ApiFailureKind.Unauthorized:
                        shutdown.Stop(TelegramMessages.TokenRejected);
                        return false;
                    case ApiFailureKind.BadRequest:
                        shutdown.Stop(TelegramMessages.WebhookRefused(failure.Description));
                        return false;
                }

                var wait = failure.RetryAfter ?? Backoff.After(failures, FirstBackoff, LongestBackoff);
                LogRegisterFailed(failure.ToString(), wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for Telegram's updates on {ListenUrl}")]
    private partial void LogListening(string listenUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "@{Username} receives updates through the webhook at {Host}")]
    private partial void LogRegistered(string username, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Couldn't set the command menus ({Reason}); commands still work when typed")]
    private partial void LogMenusFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setting the webhook failed ({Reason}); trying again in {Seconds:0.#} s")]
    private partial void LogRegisterFailed(string reason, double seconds);
}
