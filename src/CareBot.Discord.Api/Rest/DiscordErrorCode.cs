namespace CareBot.Discord.Api.Rest;

/// <summary>
/// Discord's JSON error codes that a care bot meets and acts on. Any other code still arrives, as its number cast
/// to this type; <see cref="None"/> means the answer carried no code (a 5xx, a network failure, a local refusal).
/// </summary>
public enum DiscordErrorCode
{
    None = -1,
    GeneralError = 0,
    UnknownChannel = 10003,
    UnknownGuild = 10004,
    UnknownMember = 10007,
    UnknownMessage = 10008,
    UnknownUser = 10013,
    UnknownWebhook = 10015,
    UnknownInteraction = 10062,
    MaxDailyApplicationCommandCreates = 30034,
    InteractionAlreadyAcknowledged = 40060,
    MissingAccess = 50001,
    CannotSendEmptyMessage = 50006,
    CannotSendMessagesToThisUser = 50007,

    /// <summary>401 on a webhook or interaction route: that token, not the bot's, is past its life (15 minutes) or wrong.</summary>
    InvalidWebhookToken = 50027,
    MissingPermissions = 50013,
    InvalidFormBody = 50035,
}
