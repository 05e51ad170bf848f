using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>
/// The gateway disrupted in the middle of a need being met: whatever Discord does to the connection, every interaction
/// is answered exactly once (a second callback is Discord's 400 40060), none is lost, and a replayed one is not
/// handled again.
/// </summary>
public sealed class GatewayDisruptionTests
{
    private static readonly TimeSpan ShortHeartbeat = TimeSpan.FromSeconds(3);

    [Theory]
    [InlineData(GatewayDisruption.ReconnectRequest)]
    [InlineData(GatewayDisruption.ResumableInvalidSession)]
    [InlineData(GatewayDisruption.Zombie)]
    [InlineData(GatewayDisruption.Dropped)]
    [InlineData(GatewayDisruption.ClosedWithUnknownError)]
    public async Task After_a_disruption_the_session_resumes_what_came_meanwhile_is_handled_once_and_the_next_interaction_is_answered_once(GatewayDisruption disruption)
    {
        // Heartbeats every 3 s only where the test waits for one to go unanswered.
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions
        {
            HeartbeatInterval = disruption == GatewayDisruption.Zombie ? ShortHeartbeat : new DiscordHarnessOptions().HeartbeatInterval,
        });
        var (ann, bob, ask) = await NeedAskedOfAnnAsync(h);
        await h.CommandAsync(h.Member("carl"), "needs");

        var closeCode = await h.Session.DisruptAsync(disruption);
        var claim = h.PressAsync(ann, ask, "I can help");

        // Discord replays what the host missed (the claim); replaying two more it had already handled (the need, the
        // list) shows a repeat is not handled twice.
        await h.Session.ResumeAsync(alreadyHandled: 2);
        var claimed = await claim;
        var next = await h.CommandAsync(bob, "mine");

        if (disruption is not GatewayDisruption.Dropped)
        {
            // Closed by the client (or answered) with a code that keeps the session: never 1000, which would end it.
            Assert.NotEqual(1000, closeCode);
        }

        await ClaimedOnceAsync(h, ann, bob, claimed, next);
    }

    [Fact]
    public async Task After_an_invalid_session_the_host_identifies_afresh_and_the_next_interactions_are_answered_once()
    {
        await using var h = await DiscordHarness.StartAsync();
        var (ann, bob, ask) = await NeedAskedOfAnnAsync(h);
        await h.CommandAsync(h.Member("carl"), "needs");

        await h.Session.DisruptAsync(GatewayDisruption.InvalidSession);
        await h.IdentifyAgainAsync();
        var claimed = await h.PressAsync(ann, ask, "I can help");
        var next = await h.CommandAsync(bob, "mine");

        Assert.Equal(2, h.Gateway.Received.Count(frame => frame.Opcode == 2));
        Assert.DoesNotContain(h.Gateway.Received, frame => frame.Opcode == 6);
        await ClaimedOnceAsync(h, ann, bob, claimed, next);
    }

    private static async Task<(FakeUser Ann, FakeUser Bob, FakeMessage Ask)> NeedAskedOfAnnAsync(DiscordHarness h)
    {
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = "rides to the clinic, I have a car" });
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on Tuesday" });
        return (ann, bob, await h.DirectMessageSayingAsync(ann, "could use a hand"));
    }

    /// <summary>The claim took effect once: one answer to Ann, one DM to Bob, one post; Bob's next command answered once.</summary>
    private static async Task ClaimedOnceAsync(DiscordHarness h, FakeUser ann, FakeUser bob, FakeInteraction claimed, FakeInteraction next)
    {
        Assert.Contains("You're helping with #1", Shown.Plain(Assert.Single(h.Answers(claimed)).Text), StringComparison.Ordinal);
        Assert.Contains("(being helped with)", Shown.Plain(Assert.Single(h.Answers(next)).Text), StringComparison.Ordinal);
        await h.DirectMessageSayingAsync(bob, $"Good news: <@{ann.Id}> can help with #1");
        await h.PostSayingAsync("#1 has a helper");
        await h.OutboxDeliveredAsync();
        Assert.Single(h.Posts, post => Shown.Says(post, "Need #"));
        Assert.Single(h.Posts, post => Shown.Says(post, "has a helper"));
        Assert.Single(h.DirectMessages(bob), message => Shown.Says(message, "Good news"));
        Callbacks.EachAnsweredOnce(h.Rest);
        Assert.DoesNotContain(h.Rest.Requests, request => request.Status >= 400);
    }
}
