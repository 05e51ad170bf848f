using Microsoft.Extensions.Options;

namespace CareBot.Discord.Api.Gateway;

/// <summary>Refuses gateway options that would fail later, at start-up and in one message.</summary>
public sealed class DiscordGatewayOptionsValidator : IValidateOptions<DiscordGatewayOptions>
{
    private const int DiscordSendsPerMinute = 120;
    private const int HeartbeatReserve = 5;

    public ValidateOptionsResult Validate(string? name, DiscordGatewayOptions options)
    {
        var problems = new List<string>();
        if (options.Intents == GatewayIntents.None)
        {
            problems.Add("Discord:Gateway:Intents must name at least one intent (Guilds is the usual minimum)");
        }
        var privileged = options.Intents & GatewayIntents.Privileged;
        if (privileged != GatewayIntents.None && !options.AllowPrivilegedIntents)
        {
            problems.Add($"Discord:Gateway:Intents asks for privileged intents ({privileged}); enable them in the developer portal and set AllowPrivilegedIntents, or drop them");
        }
        if (options.IdentifyFloor is < 0 or > 900)
        {
            problems.Add("Discord:Gateway:IdentifyFloor must be between 0 and 900 of the daily 1000 session starts");
        }
        if (options.EventBufferCapacity < 1)
        {
            problems.Add("Discord:Gateway:EventBufferCapacity must be at least 1");
        }
        if (options.CommandsPerMinute is < 1 or > DiscordSendsPerMinute - HeartbeatReserve)
        {
            problems.Add($"Discord:Gateway:CommandsPerMinute must be between 1 and {DiscordSendsPerMinute - HeartbeatReserve}, leaving room for heartbeats under Discord's {DiscordSendsPerMinute}");
        }
        if (options.ReconnectDelay <= TimeSpan.Zero || options.MaxReconnectDelay < options.ReconnectDelay)
        {
            problems.Add("Discord:Gateway:ReconnectDelay must be positive and no longer than MaxReconnectDelay");
        }
        if (options.HelloTimeout <= TimeSpan.Zero)
        {
            problems.Add("Discord:Gateway:HelloTimeout must be positive");
        }
        if (string.IsNullOrWhiteSpace(options.ClientName))
        {
            problems.Add("Discord:Gateway:ClientName must not be empty");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
