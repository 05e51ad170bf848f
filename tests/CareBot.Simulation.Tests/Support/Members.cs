using CareBot.Core.Categories;
using CareBot.Core.Platforms;
using CareBot.Simulation.Community;

namespace CareBot.Simulation.Tests.Support;

/// <summary>Simulated members for tests of the behaviour model: one offer of lifts, no quiet hours, not working.</summary>
internal static class Members
{
    public static SimMember Willing(double willingness) => new()
    {
        Index = 0,
        User = new PlatformUser(new UserRef(KnownPlatforms.Console, "m0"), "Ana 0"),
        Offers = [(CategoryIds.Transport, "Lifts into town most mornings")],
        QuietHours = null,
        Cap = null,
        Willingness = willingness,
        Works = false,
        Tolerance = 5,
        AskingWeight = 1,
    };
}
