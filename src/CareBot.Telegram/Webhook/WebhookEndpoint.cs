using System.Text.Json;
using CareBot.Core.Engine;
using CareBot.Telegram.Api;
using CareBot.Telegram.Updates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareBot.Telegram.Webhook;

/// <summary>
/// POST from Telegram with one update. Refused unless it carries the secret; otherwise handled in its chat's lane and
/// answered 200 only once its change is committed, so an update whose instance died on it is sent again (and the
/// stored mark keeps a second delivery from doing anything twice).
/// </summary>
internal sealed partial class WebhookEndpoint(
    UpdateRouter router,
    CareEngine engine,
    BotIdentitySource identity,
    ChatLanes lanes,
    WebhookSecret secret,
    ILogger<WebhookEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (!context.Request.Headers.TryGetValue(WebhookSecret.Header, out var presented))
        {
            LogRefused(context.Connection.RemoteIpAddress?.ToString() ?? "?", "no secret");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!secret.Matches(presented.ToString()))
        {
            LogRefused(context.Connection.RemoteIpAddress?.ToString() ?? "?", "a wrong secret");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (identity.Current is not { } bot)
        {
            // Still starting (getMe hasn't answered): Telegram sends it again shortly.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (await ReadAsync(context.Request, cancellationToken) is not { } update)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var handled = await lanes.RunAsync(UpdateChats.KeyOf(update), () => TryHandleAsync(update, bot, cancellationToken), cancellationToken);
        context.Response.StatusCode = handled ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
    }

    private async Task<Update?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException)
        {
            LogUnreadable();
            return null;
        }
    }

    /// <summary>
    /// Handles one update. One the engine throws on (a bug) is logged and marked handled, so Telegram doesn't send it
    /// forever; false only when even that couldn't be stored, and Telegram should try again.
    /// </summary>
    private async Task<bool> TryHandleAsync(Update update, BotIdentity bot, CancellationToken cancellationToken)
    {
        var cursor = UpdateChats.CursorOf(update);
        try
        {
            await router.HandleAsync(update, cursor, bot, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUpdateFailed(e, update.Id, update.Type.ToString());
        }

        try
        {
            await engine.IgnoreAsync(cursor, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCursorFailed(e, update.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook request from {Address} with {Problem}")]
    private partial void LogRefused(string address, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook request with the right secret held no readable update; refused")]
    private partial void LogUnreadable();

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} ({UpdateType}) failed; it is skipped")]
    private partial void LogUpdateFailed(Exception exception, int updateId, string updateType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Couldn't record update {UpdateId} as seen; Telegram will send it again")]
    private partial void LogCursorFailed(Exception exception, int updateId);
}
