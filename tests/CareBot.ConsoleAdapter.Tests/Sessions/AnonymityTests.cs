using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>An anonymous need never names its requester to anyone until they choose to tell their helper.</summary>
public sealed class AnonymityTests : ConsoleTest
{
    private static readonly string[] AnonymousNeedClaimedByBob =
    [
        "bob: /offer rides to appointments, I have a car",
        "carol: /offer cooking meals",
        "alice: /offer dog walking",
        "alice@dm: /need anon a ride to the clinic on friday",
        "bob: /claim 1",
        "carol: /needs",
        "bob@dm: /mine",
    ];

    [Fact]
    public async Task Neither_the_group_nor_the_helper_learns_who_asked()
    {
        var transcript = await CareBot.RunAsync(AnonymousNeedClaimedByBob);

        var post = transcript.GroupSees("Need #1");
        Assert.True(post.Says("a ride to the clinic on friday"), post.ToString());
        Assert.True(post.HasButton("I can help", "/claim 1"), post.ToString());
        Assert.All(transcript.InGroup().Where(m => m.Says("#1")), m => Assert.DoesNotContain("alice", m.Everything, StringComparison.Ordinal));
        Assert.NotEmpty(transcript.ToPerson("bob"));
        Assert.All(transcript.ToPerson("bob"), m => Assert.DoesNotContain("alice", m.Everything, StringComparison.Ordinal));
        Assert.All(transcript.ToPerson("carol"), m => Assert.DoesNotContain("alice", m.Everything, StringComparison.Ordinal));
        transcript.PersonHears("alice", "without your name");
    }

    [Fact]
    public async Task The_requester_learns_who_helps_and_may_share_their_name_with_that_helper_only()
    {
        await CareBot.RunAsync(AnonymousNeedClaimedByBob);

        var before = await CareBot.RunAsync("alice@dm: /mine");
        var told = Assert.Single(before.ToPerson("alice"));
        Assert.True(told.Says("a ride to the clinic on friday"), told.ToString());

        var reveal = await CareBot.RunAsync("alice@dm: /reveal 1", "carol: /needs", "dave: /needs");

        reveal.PersonHears("bob", "The person who asked for #1 is alice");
        reveal.PersonHears("alice", "now knows who you are");
        Assert.All(reveal.InGroup(), m => Assert.DoesNotContain("alice", m.Everything, StringComparison.Ordinal));
        Assert.Empty(reveal.ToPerson("carol"));
    }

    [Fact]
    public async Task An_anonymous_need_can_only_be_asked_in_private()
    {
        await CareBot.RunAsync("alice: /offer dog walking");
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync("alice: /need anon a ride to the clinic");

        var refusal = Assert.Single(transcript.Messages);
        Assert.True(refusal.Says("private chat"), refusal.ToString());
        Assert.Equal(before, StoreState.Of(CareBot.Store));
    }

    [Fact]
    public async Task Only_the_requester_can_share_their_name()
    {
        await CareBot.RunAsync(AnonymousNeedClaimedByBob);

        var transcript = await CareBot.RunAsync("bob@dm: /reveal 1");

        transcript.PersonHears("bob", "Only the person who asked for #1 can share who they are");
        Assert.All(transcript.Messages, m => Assert.DoesNotContain("alice", m.Everything, StringComparison.Ordinal));
    }
}
