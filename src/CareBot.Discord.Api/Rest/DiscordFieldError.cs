namespace CareBot.Discord.Api.Rest;

/// <summary>One complaint about one field of a request, e.g. path "embeds.0.description", code "BASE_TYPE_MAX_LENGTH".</summary>
public sealed record DiscordFieldError(string Path, string Code, string Message);
