namespace CareBot.Discord.Api.Models;

[Flags]
public enum MessageFlags
{
    None = 0,

    /// <summary>Do not unfurl links into embeds.</summary>
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the person who used the interaction sees the reply (interaction responses and followups only).</summary>
    Ephemeral = 1 << 6,

    /// <summary>Deliver without a push or desktop notification.</summary>
    SuppressNotifications = 1 << 12,
}
