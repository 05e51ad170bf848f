using System.Text.Json.Nodes;

namespace CareBot.Discord.Tests.Crash;

/// <summary>What one member does besides needs: two offers, with a look at the open needs, their own page and their offers in between.</summary>
internal static class MemberRoutine
{
    public static async Task RunAsync(PatientMember member, IReadOnlyList<PlannedOffer> offers, CancellationToken cancellationToken)
    {
        await OfferAsync(member, offers[0], cancellationToken);
        await member.CommandAsync("needs", null, cancellationToken);
        await OfferAsync(member, offers[1], cancellationToken);
        await member.CommandAsync("mine", null, cancellationToken);
        await member.CommandAsync("offers", null, cancellationToken);
    }

    private static Task OfferAsync(PatientMember member, PlannedOffer offer, CancellationToken cancellationToken) =>
        member.CommandAsync("offer", new JsonObject { ["text"] = offer.Text }, cancellationToken, ("offers", offer.Tag));
}
