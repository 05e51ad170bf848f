using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Support;

/// <summary>Interaction callbacks as the fake Discord saw them.</summary>
internal static class Callbacks
{
    public const string Route = "POST /interactions/{interaction_id}/{interaction_token}/callback";

    /// <summary>
    /// Every interaction was acknowledged exactly once: one accepted callback each, and no second one (which Discord
    /// refuses with 400 40060 "already acknowledged", and which the person would never see).
    /// </summary>
    public static void EachAnsweredOnce(FakeDiscordRestServer rest)
    {
        var callbacks = rest.RequestsTo(Route);
        Assert.NotEmpty(callbacks);
        Assert.All(callbacks.GroupBy(callback => callback.Path), perInteraction =>
        {
            var statuses = perInteraction.Select(callback => callback.Status).ToList();
            Assert.True(statuses.Count(status => status == 204) == 1 && statuses.All(status => status is 204 or 429), $"{perInteraction.Key}: callbacks answered {string.Join(", ", statuses)}");
        });
    }
}
