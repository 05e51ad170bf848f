using System.Text.Json;

namespace CareBot.Discord.Api.Rest;

/// <summary>An error body as Discord sends it: a code, a message, nested field errors, and for a 429 how long to wait.</summary>
internal sealed record DiscordErrorBody
{
    public int Code { get; init; }

    public string? Message { get; init; }

    public JsonElement? Errors { get; init; }

    /// <summary>Seconds, with a fraction.</summary>
    public double? RetryAfter { get; init; }

    public bool? Global { get; init; }
}
