namespace CareBot.Discord.Api.Gateway;

/// <summary>How the gateway connection behaves. Validated at start-up by <see cref="DiscordGatewayOptionsValidator"/>.</summary>
public sealed class DiscordGatewayOptions
{
    /// <summary>
    /// The events to receive. CareBot works through slash commands and buttons, which arrive as
    /// interactions whatever the intents; it needs <see cref="GatewayIntents.Guilds"/> to know the
    /// servers it is in and <see cref="GatewayIntents.DirectMessages"/> so a member may write to it
    /// privately. No privileged intent: the bot never needs to read every message or member.
    /// </summary>
    public GatewayIntents Intents { get; set; } = GatewayIntents.Guilds | GatewayIntents.DirectMessages;

    /// <summary>Privileged intents must also be enabled in the developer portal; asking for one by mistake would stop the bot with 4014, so it takes this switch too.</summary>
    public bool AllowPrivilegedIntents { get; set; }

    /// <summary>When no more than this many session starts are left today, the client waits for the reset instead of identifying, keeping a reserve for the operator.</summary>
    public int IdentifyFloor { get; set; } = 20;

    /// <summary>How many events may wait for the consumer before the delivery pump waits (the receive loop never does).</summary>
    public int EventBufferCapacity { get; set; } = 256;

    /// <summary>Sends other than heartbeats allowed per minute. Discord closes a connection past 120; the gap keeps room for heartbeats.</summary>
    public int CommandsPerMinute { get; set; } = 110;

    /// <summary>The first wait before reconnecting after a drop; doubled on every failure in a row, with jitter.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnection attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A connection that has not said Hello by then is treated as dead.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent as the <c>browser</c> and <c>device</c> connection properties.</summary>
    public string ClientName { get; set; } = "CareBot";
}
