using CareBot.Core.Platforms;

namespace CareBot.Core.Members;

/// <summary>A member as they were before <see cref="Member.Seen"/>: enough to put them back if the command is rolled back.</summary>
public sealed record Sighting(UserRef User, string LastPlatform, DateTimeOffset LastSeenAt, string? DisplayName);
