namespace CareBot.Discord.Hosting;

/// <summary>The "Discord" configuration section. The adapter runs when <see cref="Token"/> is set.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token from the developer portal (Bot, Reset Token). Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Discord's REST API, version included; a fake in tests.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>The gateway; empty means ask Discord (<c>GET /gateway/bot</c>), as Discord advises.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>
    /// Servers to register the slash commands in, one by one (they show at once, handy while testing). Empty: the
    /// commands are registered globally, for every server the bot is in.
    /// </summary>
    public List<string> GuildIds { get; set; } = [];

    /// <summary>The limits delivery keeps to; Discord's own by default.</summary>
    public DiscordRateLimits Limits { get; set; } = new();
}
