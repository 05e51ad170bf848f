namespace CareBot.Testing.FakeTelegram.Http;

/// <summary>The errors the fake answers, worded exactly as the live Bot API words them.</summary>
internal static class BotApiErrors
{
    public static BotApiResult Unauthorized { get; } = BotApiResult.Error(401, "Unauthorized");

    public static BotApiResult NotFound { get; } = BotApiResult.Error(404, "Not Found");

    public static BotApiResult ChatNotFound { get; } = BadRequest("chat not found");

    public static BotApiResult UserNotFound { get; } = BadRequest("user not found");

    public static BotApiResult TextEmpty { get; } = BadRequest("message text is empty");

    public static BotApiResult TextMustBeNonEmpty { get; } = BadRequest("text must be non-empty");

    public static BotApiResult TextTooLong { get; } = BadRequest("message is too long");

    public static BotApiResult CaptionTooLong { get; } = BadRequest("message caption is too long");

    public static BotApiResult ButtonDataInvalid { get; } = BadRequest("BUTTON_DATA_INVALID");

    public static BotApiResult CantInitiateConversation { get; } = Forbidden("bot can't initiate conversation with a user");

    public static BotApiResult BlockedByUser { get; } = Forbidden("bot was blocked by the user");

    public static BotApiResult CantMessageBots { get; } = Forbidden("bot can't send messages to bots");

    public static BotApiResult PollConflict { get; } =
        BotApiResult.Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    public static BotApiResult WebhookActive { get; } =
        BotApiResult.Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");

    public static BotApiResult WebhookNeedsHttps { get; } = BadRequest("bad webhook: An HTTPS URL must be provided for webhook");

    public static BotApiResult WebhookBadPort { get; } = BadRequest("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");

    public static BotApiResult SecretTokenInvalid { get; } = BadRequest("secret token contains unallowed characters");

    public static BotApiResult QueryTooOld { get; } =
        BadRequest("query is too old and response timeout expired or query ID is invalid");

    public static BotApiResult MessageToEditNotFound { get; } = BadRequest("message to edit not found");

    public static BotApiResult MessageCantBeEdited { get; } = BadRequest("message can't be edited");

    public static BotApiResult MessageToDeleteNotFound { get; } = BadRequest("message to delete not found");

    public static BotApiResult MessageCantBeDeleted { get; } = BadRequest("message can't be deleted");

    public static BotApiResult MessageNotModified { get; } = BadRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");

    public static BotApiResult ReplyNotFound { get; } = BadRequest("message to be replied not found");

    public static BotApiResult UnparsableJson { get; } = BadRequest("can't parse JSON");

    public static BotApiResult TooManyRequests(int retryAfterSeconds) =>
        BotApiResult.Error(429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    /// <summary>Every call naming a basic group that became a supergroup; the client is told where the chat went.</summary>
    public static BotApiResult UpgradedToSupergroup(long supergroupId) =>
        BadRequest("group chat was upgraded to a supergroup chat") with { MigrateToChatId = supergroupId };

    public static BotApiResult CantParseEntities(string detail) => BadRequest($"can't parse entities: {detail}");

    /// <summary>Telegram names a few missing parameters specially; the rest are "&lt;name&gt; is empty".</summary>
    public static BotApiResult MissingParameter(string name) => name switch
    {
        "text" => TextEmpty,
        "photo" => BadRequest("there is no photo in the request"),
        _ => BadRequest($"{name} is empty"),
    };

    public static BotApiResult BadRequest(string detail) => BotApiResult.Error(400, $"Bad Request: {detail}");

    public static BotApiResult Forbidden(string detail) => BotApiResult.Error(403, $"Forbidden: {detail}");
}
