using CareBot.Discord.Api.Models;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Hosting;

/// <summary>Checks the Discord section at start-up, each problem as one line that says what to fix.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            problems.Add("Discord:Token is missing; paste the bot token from the developer portal (Bot, Reset Token).");
        }
        else if (options.Token.Any(char.IsWhiteSpace) || options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("Discord:Token should be the token alone, without spaces or a leading \"Bot \".");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            problems.Add("Discord:ApiBaseUrl must be an absolute http(s) URL, e.g. https://discord.com/api/v10.");
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl)
            && !(Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) && gateway.Scheme is "ws" or "wss"))
        {
            problems.Add("Discord:GatewayUrl must be a ws:// or wss:// URL, or left empty to ask Discord.");
        }

        foreach (var guild in options.GuildIds.Where(id => !Snowflake.TryParse(id, out var parsed) || parsed.Value == 0))
        {
            problems.Add($"Discord:GuildIds: \"{guild}\" is not a server id (a number; right-click the server, Copy Server ID).");
        }

        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
                options.Limits, new System.ComponentModel.DataAnnotations.ValidationContext(options.Limits), results, validateAllProperties: true))
        {
            problems.AddRange(results.Select(result => result.ErrorMessage ?? "Discord:Limits has a value out of range."));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
}
