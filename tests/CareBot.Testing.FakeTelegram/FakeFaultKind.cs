namespace CareBot.Testing.FakeTelegram;

public enum FakeFaultKind
{
    /// <summary>Answer with an error response (500 by default, or any code and description).</summary>
    ErrorResponse,

    /// <summary>Answer 429 Too Many Requests with a retry_after.</summary>
    TooManyRequests,

    /// <summary>Abort the TCP connection without answering, as a flaky network would.</summary>
    DropConnection,
}
