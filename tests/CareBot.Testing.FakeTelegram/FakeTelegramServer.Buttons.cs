using CareBot.Testing.FakeTelegram.Json;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram;

/// <summary>Button presses: only buttons the bot really sent (and still shows) can be pressed, as in a Telegram client.</summary>
public sealed partial class FakeTelegramServer
{
    /// <summary>
    /// Presses the inline button carrying <paramref name="callbackData"/> on one of the bot's messages, producing a
    /// callback_query update (with that message); read the bot's answer with <see cref="AnswerTo"/>.
    /// </summary>
    public PressedButton PressButton(FakeChat chat, int messageId, FakeUser from, string callbackData) => Mutate(() =>
    {
        var message = _state.Messages.Find(chat.Id, messageId);
        if (message is not { IsOutgoing: true })
        {
            throw new InvalidOperationException($"The bot sent no message {messageId} in chat {chat.Id}.");
        }

        var buttons = InlineKeyboardSnapshot.Buttons(message.ReplyMarkup).SelectMany(row => row).ToList();
        if (!buttons.Any(button => button.CallbackData == callbackData))
        {
            var shown = string.Join(", ", buttons.Select(button => $"'{button.Text}' ({button.CallbackData ?? button.Url})"));
            throw new InvalidOperationException($"Message {messageId} has no button with callback data '{callbackData}'. Buttons: {shown}.");
        }

        var press = new PressedButton(_state.CallbackQueries.NextQueryId(), chat.Id, messageId, from.Id, callbackData);
        _state.CallbackQueries.Add(new CallbackQueryRecord(press, _state.Now));
        _state.Updates.Enqueue("callback_query", UpdatePayloads.CallbackQuery(press, from, message));
        return press;
    });

    /// <summary>Presses the button labelled <paramref name="label"/> on a message the bot sent.</summary>
    public PressedButton PressButtonLabelled(SentMessage message, FakeUser from, string label)
    {
        var button = message.ButtonLabelled(label)
            ?? throw new InvalidOperationException($"Message {message.MessageId} has no button '{label}'.");
        var chat = CurrentChat(message.ChatId);
        return PressButton(chat, message.MessageId, from, button.CallbackData
            ?? throw new InvalidOperationException($"Button '{label}' is a URL button; it sends nothing to the bot."));
    }

    private FakeChat CurrentChat(long chatId)
    {
        lock (_state.Gate)
        {
            return _state.Chats.Find(chatId)?.Chat ?? throw new InvalidOperationException($"No chat {chatId}.");
        }
    }
}
