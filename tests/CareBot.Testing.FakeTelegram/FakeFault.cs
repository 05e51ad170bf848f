namespace CareBot.Testing.FakeTelegram;

/// <summary>A failure to inject into the next calls of a method (see <see cref="FakeTelegramServer.FailNext"/>).</summary>
public sealed record FakeFault(FakeFaultKind Kind, int ErrorCode, string Description, int RetryAfterSeconds)
{
    public static FakeFault ServerError() => new(FakeFaultKind.ErrorResponse, 500, "Internal Server Error", 0);

    public static FakeFault Error(int errorCode, string description) => new(FakeFaultKind.ErrorResponse, errorCode, description, 0);

    public static FakeFault TooManyRequests(int retryAfterSeconds) =>
        new(FakeFaultKind.TooManyRequests, 429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    public static FakeFault DropConnection() => new(FakeFaultKind.DropConnection, 0, "connection dropped", 0);
}
