using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>One interaction a member made: what, when it went out (real time), and to which live sessions.</summary>
internal sealed record DiscordAttempt(string Member, string Command, FakeInteraction Interaction, DateTimeOffset DispatchedAt, IReadOnlyList<GatewaySession> To)
{
    /// <summary>Whether every session it went to stayed open for Discord's 3 seconds to answer.</summary>
    public bool SessionStayed(TimeSpan window) => To.All(session => session.EndedAt is not { } ended || ended - DispatchedAt >= window);
}
