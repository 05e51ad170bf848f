using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Json;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The last step of every send: the rate limits, then a message id, storage and the Message result.</summary>
internal static class OutgoingMessages
{
    public static BotApiResult Deliver(BotApiCall call, ChatRecord chat, Func<int, StoredMessage> compose)
    {
        // Counted at the moment it is admitted, under the state lock, so the limits see sends in the order they happen
        // (the call's own time is taken before the lock, and calls that waited for it would be counted out of order).
        if (call.State.RateLimiter.TryAdmit(chat.Chat, call.State.Now) is { } retryAfter)
        {
            return BotApiErrors.TooManyRequests(retryAfter);
        }

        var message = compose(chat.NextMessageId());
        call.State.Messages.Add(message);
        return BotApiResult.Ok(MessageJson.From(message));
    }
}
