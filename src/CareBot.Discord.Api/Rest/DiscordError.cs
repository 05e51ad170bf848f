using System.Net;

namespace CareBot.Discord.Api.Rest;

/// <summary>A failed request as a value: what kind of failure, Discord's status, code and message, and each field it refused.</summary>
public sealed record DiscordError(DiscordErrorKind Kind, string Message)
{
    /// <summary>The HTTP status Discord answered with; null when no answer came or the request was refused locally.</summary>
    public HttpStatusCode? Status { get; init; }

    public DiscordErrorCode Code { get; init; } = DiscordErrorCode.None;

    /// <summary>Flattened from Discord's nested <c>errors</c> object: one entry per refused field.</summary>
    public IReadOnlyList<DiscordFieldError> FieldErrors { get; init; } = [];

    /// <summary>For <see cref="DiscordErrorKind.RateLimited"/>: how long Discord last asked us to wait.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public bool Is(DiscordErrorCode code) => Code == code;

    public override string ToString() =>
        $"{Kind} {(int?)Status} {(int)Code}: {Message}" + string.Concat(FieldErrors.Select(field => $"; {field.Path}: {field.Code}"));
}
