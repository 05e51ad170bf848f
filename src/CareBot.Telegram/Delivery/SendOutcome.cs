using CareBot.Telegram.Api;

namespace CareBot.Telegram.Delivery;

/// <summary>How sending one outbox message went: the first failure, or none, and the ids of the messages Telegram made.</summary>
internal sealed record SendOutcome(ApiFailure? Failure, IReadOnlyList<string> MessageIds)
{
    public static SendOutcome Failed(ApiFailure failure) => new(failure, []);
}
