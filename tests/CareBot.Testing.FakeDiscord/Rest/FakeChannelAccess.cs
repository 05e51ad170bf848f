namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>What the bot may do in a channel: all, see it but not post (50013), or not see it at all (50001).</summary>
public enum FakeChannelAccess
{
    Full,
    MissingPermissions,
    MissingAccess,
}
