namespace CareBot.Core.Platforms;

/// <summary>Platform names used in identities and outbox destinations. The engine treats them as opaque labels.</summary>
public static class KnownPlatforms
{
    public const string Telegram = "telegram";
    public const string Discord = "discord";
    public const string Console = "console";
}
