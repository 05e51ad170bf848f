using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Answers a button press; unknown, expired and already answered queries all get "query is too old".</summary>
internal sealed class AnswerCallbackQueryMethod : LockedBotApiMethod
{
    private const int MaxTextLength = 200;

    public override FakeMethodDescription Description { get; } = new(
        "answerCallbackQuery",
        ["callback_query_id", "text", "show_alert", "url", "cache_time"],
        [],
        ["callback_query_id"]);

    protected override BotApiResult Invoke(BotApiCall call)
    {
        var text = call.Args.GetString("text");
        if (text?.Length > MaxTextLength)
        {
            return BotApiErrors.BadRequest("MESSAGE_TOO_LONG");
        }

        var answer = new CallbackAnswer(
            call.Args.GetString("callback_query_id")!,
            text,
            call.Args.GetBoolean("show_alert"),
            call.Args.GetString("url"),
            (int?)call.Args.GetInteger("cache_time"),
            call.Now);
        return call.State.CallbackQueries.TryAnswer(answer, call.State.Options.CallbackQueryLifetime)
            ? BotApiResult.True
            : BotApiErrors.QueryTooOld;
    }
}
