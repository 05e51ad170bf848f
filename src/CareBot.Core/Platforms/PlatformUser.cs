namespace CareBot.Core.Platforms;

/// <summary>Who sent a command: their account and the name the platform shows for them right now.</summary>
public sealed record PlatformUser(UserRef Ref, string DisplayName);
