using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Telegram.Api;
using CareBot.Delivery;
using CareBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Telegram.Delivery;

/// <summary>
/// Sends one outbox message: renders it, then makes each call (text parts, then a file) only when its turn on the
/// delivery pipeline says the chat's and the bot's limits allow. Returns the first failure as a value; the caller decides what it means for the message.
/// </summary>
internal sealed partial class MessageSender(ITelegramBotClient client, ILogger<MessageSender> logger)
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>
    /// Sends every part of <paramref name="message"/>. A shutdown (<paramref name="stoppingToken"/>) stops it only before
    /// its first call: a message under way is finished within a short grace, or it would be sent again after the restart.
    /// </summary>
    public async Task<SendOutcome> SendAsync(OutboxMessage message, DeliveryTurn turn, BotIdentity bot, CancellationToken stoppingToken)
    {
        if (!long.TryParse(message.Destination.ChatId, out var chatId))
        {
            return SendOutcome.Failed(new ApiFailure(ApiFailureKind.BadRequest, 400, "not a Telegram chat id"));
        }

        var calls = message.IsRemoval
            ? Removals(chatId, message.Removes)
            : Calls(chatId, MessageRenderer.Render(message.Content, message.CommunityId, bot.Username, button => LogButtonDropped(message.Id, button.Command)));
        using var grace = new CancellationTokenSource();
        await using var stopping = stoppingToken.Register(() => grace.CancelAfter(ShutdownGrace));
        var started = false;
        var made = new List<string>();
        foreach (var call in calls)
        {
            var (failure, sent) = await CallAsync(turn, call, started ? grace.Token : stoppingToken, grace.Token);
            if (failure is not null)
            {
                return new SendOutcome(failure, made);
            }

            if (sent is { } id)
            {
                made.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            started = true;
        }

        return new SendOutcome(null, made);
    }

    /// <summary>
    /// Removes messages the bot showed only for a while. One already gone (deleted by an admin, or older than the 48
    /// hours Telegram allows) is left as it is: there is nothing more to do about it, and no reason to try again.
    /// </summary>
    private List<Func<CancellationToken, Task<int?>>> Removals(long chatId, IReadOnlyList<string> messageIds) =>
        [.. messageIds
            .Select(id => int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var messageId) ? messageId : (int?)null)
            .OfType<int>()
            .Select(messageId => (Func<CancellationToken, Task<int?>>)(async token =>
            {
                try
                {
                    await client.DeleteMessage(chatId, messageId, token);
                }
                catch (Exception e) when (ApiFailure.From(e) is { Kind: ApiFailureKind.BadRequest })
                {
                    LogAlreadyGone(chatId, messageId);
                }

                return null;
            }))];

    /// <summary>The file first (with its caption), then the text; the keyboard rides on whichever call is last.</summary>
    private List<Func<CancellationToken, Task<int?>>> Calls(long chatId, RenderedMessage rendered)
    {
        var calls = new List<Func<CancellationToken, Task<int?>>>();
        if (rendered.Attachment is { } attachment)
        {
            var keyboard = rendered.Parts.Count == 0 ? rendered.Keyboard : null;
            calls.Add(async token => await SendFileAsync(chatId, attachment, rendered.Caption?.Html, keyboard, token));
        }

        for (var i = 0; i < rendered.Parts.Count; i++)
        {
            var html = rendered.Parts[i].Html;
            var keyboard = i == rendered.Parts.Count - 1 ? rendered.Keyboard : null;
            calls.Add(async token => (await client.SendMessage(
                chatId, html, ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: NoPreview, cancellationToken: token)).MessageId);
        }

        return calls;
    }

    /// <summary>
    /// Pictures go as photos (the /map chart: shown inline, and Telegram makes a preview for the chat list), anything else
    /// as a document (a data export).
    /// </summary>
    private async Task<int?> SendFileAsync(long chatId, Attachment attachment, string? caption, InlineKeyboardMarkup? keyboard, CancellationToken token)
    {
        await using var content = new MemoryStream(attachment.Content, writable: false);
        var file = InputFile.FromStream(content, attachment.FileName);
        if (attachment.MediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            return (await client.SendPhoto(chatId, file, caption, caption is null ? default : ParseMode.Html, replyMarkup: keyboard, cancellationToken: token)).MessageId;
        }

        return (await client.SendDocument(chatId, file, caption, caption is null ? default : ParseMode.Html, replyMarkup: keyboard, cancellationToken: token)).MessageId;
    }

    /// <summary>Waits for the limits (giving up on <paramref name="waiting"/>), then makes the call (giving up on <paramref name="calling"/>).</summary>
    private static async Task<(ApiFailure? Failure, int? MessageId)> CallAsync(
        DeliveryTurn turn, Func<CancellationToken, Task<int?>> call, CancellationToken waiting, CancellationToken calling)
    {
        // Disposed when Telegram answered, accepted or not: a refused request may still have counted against the limits.
        using var permit = await turn.BeforeCallAsync(waiting);
        try
        {
            var id = await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, call, calling);
            return (null, id);
        }
        catch (Exception e) when (ApiFailure.From(e) is { } failure)
        {
            return (failure, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} in chat {ChatId} was already gone when its time to be removed came")]
    private partial void LogAlreadyGone(long chatId, int messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId}: button {Command} doesn't fit Telegram's 64 bytes of callback data and was left out")]
    private partial void LogButtonDropped(int messageId, string command);
}
