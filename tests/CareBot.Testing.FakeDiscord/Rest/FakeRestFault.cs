namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>A failure the fake gives instead of its normal answer. The request is still recorded; its effect is not applied.</summary>
public sealed record FakeRestFault(FakeRestFaultKind Kind, int Status = 500, double RetryAfterSeconds = 1.5)
{
    public static FakeRestFault ServerError(int status = 500) => new(FakeRestFaultKind.ServerError, status);

    public static FakeRestFault Drop() => new(FakeRestFaultKind.DropConnection);

    public static FakeRestFault LoseAnswer() => new(FakeRestFaultKind.LoseAnswer);

    public static FakeRestFault RateLimit(FakeRestFaultKind scope, double retryAfterSeconds) => new(scope, 429, retryAfterSeconds);
}
