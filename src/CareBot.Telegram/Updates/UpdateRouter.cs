using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Telegram.Api;
using CareBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Telegram.Updates;

/// <summary>
/// Turns one Telegram update into one engine call, with the update's id as the cursor stored in the same transaction,
/// so an update is handled once across crashes. Parses, calls, answers the button press; decides nothing itself.
/// </summary>
internal sealed partial class UpdateRouter(
    CareEngine engine,
    ITelegramBotClient client,
    ILogger<UpdateRouter> logger)
{
    public static readonly string CursorName = CursorNames.LastUpdate(KnownPlatforms.Telegram);

    /// <summary>The update types CareBot asks Telegram for.</summary>
    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>A polled update: the cursor is the last update id handled, which polling confirms through its offset.</summary>
    public Task HandleAsync(Update update, BotIdentity bot, CancellationToken cancellationToken) =>
        HandleAsync(update, new Cursor(CursorName, update.Id.ToString(CultureInfo.InvariantCulture)), bot, cancellationToken);

    /// <summary>One update, with the cursor stored with its change (a pushed update's is its chat's recent ids).</summary>
    public async Task HandleAsync(Update update, Cursor cursor, BotIdentity bot, CancellationToken cancellationToken)
    {
        await (update switch
        {
            { Message: { } message } => OnMessageAsync(message, cursor, bot, cancellationToken),
            { CallbackQuery: { } press } => OnPressAsync(press, cursor, cancellationToken),
            { MyChatMember: { } change } => OnMembershipAsync(change, cursor, bot, cancellationToken),
            _ => engine.IgnoreAsync(cursor, cancellationToken),
        });
    }

    private Task OnMessageAsync(Message message, Cursor cursor, BotIdentity bot, CancellationToken cancellationToken)
    {
        var where = TelegramPeople.Conversation(message.Chat);
        if (where is { IsGroup: true } && Migration(message) is var (oldSpace, newSpace))
        {
            return MoveSpaceAsync(oldSpace, newSpace, cursor, cancellationToken);
        }

        if (where is { IsGroup: true } && IsAboutTheBot(message, bot) is { } joined)
        {
            return ChangeSpaceAsync(message.Chat, joined, cursor, cancellationToken);
        }

        if (where is null || message.From is not { IsBot: false } from || message.Text is not { } text)
        {
            return engine.IgnoreAsync(cursor, cancellationToken);
        }

        var addressee = CommandText.Addressee(text, bot.Username);
        var forUs = addressee == CommandAddressee.ThisBot || (addressee == CommandAddressee.NotACommand && !where.IsGroup);
        return forUs
            ? engine.HandleAsync(new Inbound(TelegramPeople.User(from), where, text) { Cursor = cursor }, cancellationToken)
            : engine.IgnoreAsync(cursor, cancellationToken);
    }

    /// <summary>A button press is the button's command typed where the button was; the engine checks the presser may do it.</summary>
    private async Task OnPressAsync(CallbackQuery press, Cursor cursor, CancellationToken cancellationToken)
    {
        var where = press.Message is { } shownIn ? TelegramPeople.Conversation(shownIn.Chat) : null;
        if (where is null || CallbackData.Decode(press.Data) is not { } decoded)
        {
            await engine.IgnoreAsync(cursor, cancellationToken);
            await AnswerAsync(press, CallbackAnswers.Unknown, alert: false, cancellationToken);
            return;
        }

        var inbound = new Inbound(TelegramPeople.User(press.From), where, decoded.Command)
        {
            CommunityHint = decoded.CommunityId,
            Cursor = cursor,
            IsButtonPress = true,
        };
        var (text, alert) = CallbackAnswers.For(await engine.HandleAsync(inbound, cancellationToken));
        await AnswerAsync(press, text, alert, cancellationToken);
    }

    /// <summary>The bot joined or left a group (a space opens or closes), or someone blocked or unblocked it in private.</summary>
    private async Task OnMembershipAsync(ChatMemberUpdated change, Cursor cursor, BotIdentity bot, CancellationToken cancellationToken)
    {
        if (change.NewChatMember.User.Id != bot.Id)
        {
            await engine.IgnoreAsync(cursor, cancellationToken);
            return;
        }

        var wasIn = IsIn(change.OldChatMember);
        var isIn = IsIn(change.NewChatMember);
        if (TelegramPeople.IsGroup(change.Chat) && wasIn != isIn)
        {
            await ChangeSpaceAsync(change.Chat, isIn, cursor, cancellationToken);
            return;
        }

        if (change.Chat.Type == ChatType.Private && isIn && !wasIn)
        {
            // Unblocked: what waited for this person can go now. Releasing twice is harmless, so it needn't share the cursor's transaction.
            await engine.Outbox.ReleaseHeldAsync(TelegramPeople.User(change.From).Ref, cancellationToken);
        }

        await engine.IgnoreAsync(cursor, cancellationToken);
    }

    /// <summary>
    /// A group upgraded to a supergroup gets a new chat id. Telegram says so twice, once in each chat (migrate_to in the
    /// old one, migrate_from in the new one); either is enough, and the engine makes the second a no-op.
    /// </summary>
    private static (SpaceRef From, SpaceRef To)? Migration(Message message) => message switch
    {
        { MigrateToChatId: { } newId } => (TelegramPeople.Space(message.Chat), TelegramPeople.Space(newId)),
        { MigrateFromChatId: { } oldId } => (TelegramPeople.Space(oldId), TelegramPeople.Space(message.Chat)),
        _ => null,
    };

    private async Task MoveSpaceAsync(SpaceRef from, SpaceRef to, Cursor cursor, CancellationToken cancellationToken)
    {
        var outcome = await engine.SpaceMovedAsync(from, to, cursor, cancellationToken);
        SpaceMoveLog.Report(logger, from, to, outcome);
    }

    /// <summary>True when the bot was added (new chat members), false when it was removed, null for any other message.</summary>
    private static bool? IsAboutTheBot(Message message, BotIdentity bot) =>
        message.NewChatMembers?.Any(user => user.Id == bot.Id) == true ? true
        : message.LeftChatMember?.Id == bot.Id ? false
        : null;

    /// <summary>The space opens (the engine greets the group once, however Telegram announced it) or closes.</summary>
    private async Task ChangeSpaceAsync(Chat chat, bool joined, Cursor cursor, CancellationToken cancellationToken)
    {
        var space = TelegramPeople.Space(chat);
        if (joined)
        {
            // Telegram announces an arrival twice (my_chat_member and "new members"); the engine greets only once.
            await engine.SpaceJoinedAsync(space, chat.Title ?? space.ChatId, cursor, cancellationToken);
        }
        else
        {
            await engine.SpaceLeftAsync(space, cursor, cancellationToken);
        }

        LogSpaceChanged(chat.Id, joined);
    }

    private static bool IsIn(ChatMember member) => member switch
    {
        ChatMemberLeft or ChatMemberBanned => false,
        ChatMemberRestricted restricted => restricted.IsMember,
        _ => true,
    };

    private async Task AnswerAsync(CallbackQuery press, string text, bool alert, CancellationToken cancellationToken)
    {
        try
        {
            await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, async token =>
            {
                await client.AnswerCallbackQuery(press.Id, text, alert, cancellationToken: token);
                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (ApiFailure.From(e) is { } failure)
        {
            // Too late or a network hiccup: Telegram stops the spinner by itself after a while; the press was handled.
            LogAnswerFailed(failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot {Change} group {ChatId}", SkipEnabledCheck = true)]
    private partial void LogSpaceChanged(string change, long chatId);

    private void LogSpaceChanged(long chatId, bool joined) => LogSpaceChanged(joined ? "joined" : "left", chatId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answering a button press failed ({Reason})")]
    private partial void LogAnswerFailed(ApiFailure reason);
}
