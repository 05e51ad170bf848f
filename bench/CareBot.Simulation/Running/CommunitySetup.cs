using CareBot.Simulation.Community;
using CareBot.Simulation.Engine;
using CareBot.Simulation.Policies;

namespace CareBot.Simulation.Running;

/// <summary>
/// The community comes together as it would in the group: the coordinator sets the policy's agreements with /agree,
/// each member types their offers (or just says hello with /mine), then sets quiet hours and cap with /me in private.
/// </summary>
internal static class CommunitySetup
{
    public static async Task<IReadOnlyList<MemberState>> RunAsync(EngineDriver driver, SimCommunity community, AskingPolicy policy, CancellationToken cancellationToken)
    {
        foreach (var agreement in policy.Agreements())
        {
            Require(await driver.InGroupAsync(EngineDriver.Coordinator, agreement, cancellationToken), agreement);
        }

        foreach (var member in community.Members)
        {
            foreach (var (_, text) in member.Offers)
            {
                Require(await driver.InGroupAsync(member.User, "/offer " + text, cancellationToken), text);
            }

            if (!member.OffersAnything)
            {
                Require(await driver.InGroupAsync(member.User, "/mine", cancellationToken), "/mine");
            }

            if (Settings(member, policy) is { Length: > 0 } settings)
            {
                Require(await driver.PrivatelyAsync(member.User, "/me " + settings, cancellationToken), settings);
            }
        }

        await driver.DeliverAsync(cancellationToken);
        return [.. community.Members.Select(member => State(driver, member))];
    }

    /// <summary>"quiet 22-07 cap 1": what the member sets, and the policy's cap for those who would keep the default.</summary>
    private static string Settings(SimMember member, AskingPolicy policy)
    {
        var words = new List<string>();
        if (member.QuietHours is var (start, end))
        {
            words.Add($"quiet {start:00}-{end:00}");
        }

        if ((member.Cap ?? policy.DefaultCap) is { } cap)
        {
            words.Add($"cap {cap}");
        }

        return string.Join(' ', words);
    }

    /// <summary>The member as the engine stored them: their id, and the categories it read from their offers.</summary>
    private static MemberState State(EngineDriver driver, SimMember member) => driver.Read(session =>
    {
        var stored = session.Members.FindByIdentity(member.User.Ref).Single(m => m.CommunityId == driver.CommunityId);
        var categories = session.Offers.ByMember(stored.Id).Where(o => o.IsActive).SelectMany(o => o.Categories).ToHashSet();
        return new MemberState(member, stored.Id, categories);
    });

    private static void Require(Core.Engine.EngineResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Setting up the community, the engine refused \"{what}\": {result.Problem!.Message}");
        }
    }
}
