using CareBot.Core.Platforms;

namespace CareBot.Core.Tests.Support;

/// <summary>
/// Test people: "alice" has the account id "user-alice" and shows as "Alice Tester", so a test can look
/// for either in anything the bot stores or sends.
/// </summary>
internal static class People
{
    public static string IdOf(string name) => "user-" + name;

    public static string DisplayNameOf(string name) => char.ToUpperInvariant(name[0]) + name[1..] + " Tester";

    public static UserRef RefOf(string name) => new(KnownPlatforms.Console, IdOf(name));

    public static PlatformUser UserOf(string name) => new(RefOf(name), DisplayNameOf(name));

    /// <summary>The same person's account on another platform (same id and name there, so a test reads them alike).</summary>
    public static PlatformUser On(string platform, string name) => new(new UserRef(platform, IdOf(name)), DisplayNameOf(name));

    /// <summary>The name behind an account id, for reading a private message's destination.</summary>
    public static string NameOf(string userId) => userId.StartsWith("user-", StringComparison.Ordinal) ? userId[5..] : userId;
}
