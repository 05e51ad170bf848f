using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Linking;

/// <summary>
/// Two groups CareBot met apart: "town" on the console, where Ann is an admin and Alice asks, and the Discord server
/// "riverside", where Dan is an admin and Bob offers rides.
/// </summary>
internal static class LinkedGroups
{
    public const string Riverside = "riverside";

    public static async Task<EngineHarness> TownAndRiverside()
    {
        var h = new EngineHarness();
        h.Admins.Grant(People.IdOf("ann"), EngineHarness.Group);
        h.DiscordAdmins.Grant(People.IdOf("dan"), Riverside);
        await h.Join("ann", "alice");
        await h.SayOn(KnownPlatforms.Discord, "dan", "/mine", Riverside);
        await h.SayOn(KnownPlatforms.Discord, "bob", "/offer rides to appointments, I have a car", Riverside);
        h.Delivered();
        return h;
    }

    /// <summary>Ann asks in town for a code and Dan types it in riverside.</summary>
    public static async Task Link(EngineHarness h)
    {
        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));
        await h.Accepts(x => x.SayOn(KnownPlatforms.Discord, "dan", $"/link {code}", Riverside));
    }
}
