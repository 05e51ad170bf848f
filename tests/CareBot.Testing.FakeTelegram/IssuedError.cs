namespace CareBot.Testing.FakeTelegram;

/// <summary>An error the fake answered, for assertions and for readable failure messages.</summary>
public sealed record IssuedError(string Method, int ErrorCode, string Description, int? RetryAfter, DateTimeOffset At)
{
    /// <summary>The supergroup the answer sent the client on to, when it named a basic group that was upgraded.</summary>
    public long? MigrateToChatId { get; init; }

    /// <summary>The chat the call named, when it named one by id: which chat a 429 was about.</summary>
    public long? ChatId { get; init; }
}
