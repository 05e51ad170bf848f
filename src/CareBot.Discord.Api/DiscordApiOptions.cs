using System.ComponentModel.DataAnnotations;

namespace CareBot.Discord.Api;

/// <summary>Where the Discord API lives and how the bot proves who it is. Validated at start-up.</summary>
public sealed class DiscordApiOptions
{
    /// <summary>The bot token from the developer portal; sent only in the Authorization header, never logged.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Token { get; set; } = "";

    /// <summary>The REST base, version included. Tests point it at the fake Discord on loopback.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>The gateway to connect to; when empty it is asked of <c>GET /gateway/bot</c>, as Discord advises.</summary>
    public Uri? GatewayUrl { get; set; }
}
