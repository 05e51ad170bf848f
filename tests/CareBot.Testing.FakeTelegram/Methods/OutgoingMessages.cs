using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Json;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The last step of every send: the rate limits, then a message id, storage and the Message result.</summary>
internal static class OutgoingMessages
{
    public static BotApiResult Deliver(BotApiCall call, ChatRecord chat, Func<int, StoredMessage> compose)
    {
        if (call.State.RateLimiter.TryAdmit(chat.Chat, call.Now) is { } retryAfter)
        {
            return BotApiErrors.TooManyRequests(retryAfter);
        }

        var message = compose(chat.NextMessageId());
        call.State.Messages.Add(message);
        return BotApiResult.Ok(MessageJson.From(message));
    }
}
