using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Telegram.Api;
using CareBot.Telegram.RateLimits;
using CareBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Telegram.Delivery;

/// <summary>
/// Sends one outbox message: renders it, then makes each call (text parts, then a file) only when the chat's and the
/// bot's limits allow. Returns the first failure as a value; the caller decides what it means for the message.
/// </summary>
internal sealed partial class MessageSender(ITelegramBotClient client, GlobalPacer global, TimeProvider time, ILogger<MessageSender> logger)
{
    private const int CaptionLimit = 1024;
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>
    /// Sends every part of <paramref name="message"/>. A shutdown (<paramref name="stoppingToken"/>) stops it only before
    /// its first call: a message under way is finished within a short grace, or it would be sent again after the restart.
    /// <paramref name="calling"/> runs just before each call, once the limits allow it, to record the attempt durably.
    /// </summary>
    public async Task<ApiFailure?> SendAsync(
        OutboxMessage message, ChatPacer pacer, BotIdentity bot, Func<CancellationToken, Task> calling, CancellationToken stoppingToken)
    {
        if (!long.TryParse(message.Destination.ChatId, out var chatId))
        {
            return new ApiFailure(ApiFailureKind.BadRequest, 400, "not a Telegram chat id");
        }

        var rendered = MessageRenderer.Render(message.Content, message.CommunityId, bot.Username, button => LogButtonDropped(message.Id, button.Command));
        using var grace = new CancellationTokenSource();
        await using var stopping = stoppingToken.Register(() => grace.CancelAfter(ShutdownGrace));
        var started = false;
        foreach (var call in Calls(chatId, rendered))
        {
            if (await CallAsync(pacer, call, calling, started ? grace.Token : stoppingToken, grace.Token) is { } failure)
            {
                return failure;
            }

            started = true;
        }

        return null;
    }

    private List<Func<CancellationToken, Task>> Calls(long chatId, RenderedMessage rendered)
    {
        var calls = new List<Func<CancellationToken, Task>>();
        var attachment = rendered.Attachment;
        var captioned = attachment is not null && rendered.Parts.Count <= 1 && (rendered.Parts.Count == 0 || rendered.Parts[0].Length <= CaptionLimit);
        if (!captioned)
        {
            for (var i = 0; i < rendered.Parts.Count; i++)
            {
                var html = rendered.Parts[i].Html;
                var keyboard = i == rendered.Parts.Count - 1 ? rendered.Keyboard : null;
                calls.Add(token => client.SendMessage(
                    chatId, html, ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: NoPreview, cancellationToken: token));
            }
        }

        if (attachment is not null)
        {
            var caption = captioned && rendered.Parts.Count == 1 ? rendered.Parts[0].Html : null;
            var keyboard = captioned ? rendered.Keyboard : null;
            calls.Add(token => SendFileAsync(chatId, attachment, caption, keyboard, token));
        }

        return calls;
    }

    /// <summary>Pictures go as photos (the /map chart), anything else as a document (a data export).</summary>
    private async Task SendFileAsync(long chatId, Attachment attachment, string? caption, InlineKeyboardMarkup? keyboard, CancellationToken token)
    {
        await using var content = new MemoryStream(attachment.Content, writable: false);
        var file = InputFile.FromStream(content, attachment.FileName);
        if (attachment.MediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            await client.SendPhoto(chatId, file, caption, caption is null ? default : ParseMode.Html, replyMarkup: keyboard, cancellationToken: token);
            return;
        }

        await client.SendDocument(chatId, file, caption, caption is null ? default : ParseMode.Html, replyMarkup: keyboard, cancellationToken: token);
    }

    /// <summary>Waits for the limits (giving up on <paramref name="waiting"/>), then makes the call (giving up on <paramref name="calling"/>).</summary>
    private async Task<ApiFailure?> CallAsync(
        ChatPacer pacer, Func<CancellationToken, Task> call, Func<CancellationToken, Task> record, CancellationToken waiting, CancellationToken calling)
    {
        for (var wait = pacer.WaitNeeded(time.GetUtcNow()); wait > TimeSpan.Zero; wait = pacer.WaitNeeded(time.GetUtcNow()))
        {
            await Task.Delay(wait, time, waiting);
        }

        var slot = await global.AcquireAsync(waiting);
        try
        {
            // Written before the call, never after: a crash during the call must find the attempt on record. And once the
            // bot-wide slot is taken, so the time on record is close to when Telegram counts the request: a restart counts
            // it from then (a record made before waiting for the slot could be a second older than the request). The slot
            // counts the request as sent now until it is answered, so the write can't let the 31st of a second in early.
            await record(waiting);
            await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, async token =>
            {
                await call(token);
                return true;
            }, calling);
            return null;
        }
        catch (Exception e) when (ApiFailure.From(e) is { } failure)
        {
            return failure;
        }
        finally
        {
            var answered = time.GetUtcNow();
            slot.Complete(answered);
            pacer.Record(answered);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId}: button {Command} doesn't fit Telegram's 64 bytes of callback data and was left out")]
    private partial void LogButtonDropped(int messageId, string command);
}
