using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>
/// Where anonymity used to leak after the need itself was safe: a thank-you that names the anonymous requester, and
/// counts of people so small that they say who asked.
/// </summary>
public sealed class AnonymityAtTheEdgesTests
{
    [Fact]
    public async Task A_thank_you_that_names_the_anonymous_requester_is_kept_back_and_she_is_asked_privately()
    {
        using var h = await AnonymousRideClaimedByBob();

        var delivered = await h.Accepts(x => x.Dm("alice", "/done 1 thank you Bob, from Alice x"));

        var post = Assert.Single(delivered.InGroup());
        Assert.Contains("#1 is done, with help from Bob Tester.", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", post.Text, StringComparison.OrdinalIgnoreCase);
        Assert.All(delivered.Where(d => !d.IsTo("alice")), d => Assert.DoesNotContain("from Alice", d.Text, StringComparison.Ordinal));
        var question = Assert.Single(delivered.To("alice"), d => d.HasButton("/thanks 1 post"));
        Assert.Contains("has your name in it", question.Text, StringComparison.Ordinal);
        Assert.True(question.HasButton("/thanks 1 drop"));
    }

    [Fact]
    public async Task The_kept_back_thank_you_is_posted_only_when_she_says_so()
    {
        using var h = await AnonymousRideClaimedByBob();
        await h.Dm("alice", "/done 1 thank you Bob, from Alice x");
        var question = h.Delivered().To("alice").Single(d => d.HasButton("/thanks 1 post"));

        var delivered = await h.Accepts(x => x.Press("alice", question, "Post it as written"));

        Assert.Contains("thank you Bob, from Alice x", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal("thank you Bob, from Alice x", h.Need(1).Thanks);
    }

    [Fact]
    public async Task A_kept_back_thank_you_she_keeps_private_is_never_posted_and_cannot_be_posted_later()
    {
        using var h = await AnonymousRideClaimedByBob();
        await h.Dm("alice", "/done 1 thanks so much Bob — Alice");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Dm("alice", "/thanks 1 drop"));

        Assert.Empty(delivered.InGroup());
        Assert.Contains("Kept private", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        Assert.Null(h.Need(1).HeldThanks);
        await h.Refuses(x => x.Dm("alice", "/thanks 1 post"));
    }

    [Fact]
    public async Task A_helpers_note_naming_the_anonymous_requester_waits_for_her_word_too()
    {
        using var h = await AnonymousRideClaimedByBob();

        var delivered = await h.Accepts(x => x.Dm("bob", "/done 1 lovely to meet you alice!"));

        Assert.DoesNotContain("alice", Assert.Single(delivered.InGroup()).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(delivered.To("alice"), d => d.HasButton("/thanks 1 post") && d.Text.Contains("The note from Bob Tester", StringComparison.Ordinal));
        Assert.Contains("asked them before posting it", Assert.Single(delivered.To("bob"), d => d.Text.Contains("Marked", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thank_you_without_her_name_is_posted_at_once()
    {
        using var h = await AnonymousRideClaimedByBob();

        var delivered = await h.Accepts(x => x.Dm("alice", "/done 1 thank you so much Bob, it meant a lot"));

        Assert.Contains("Thanks from Someone (anonymous): thank you so much Bob, it meant a lot", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(delivered.To("alice"), d => d.HasButton("/thanks 1 post"));
    }

    [Fact]
    public async Task A_name_with_accents_or_in_capitals_is_still_her_name()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        var zoe = new PlatformUser(People.RefOf("zoe"), "Zoë Lind");
        await h.Say(zoe, "/offers");
        await h.Dm(zoe, "/need anon a ride to the clinic");
        await h.Say("bob", "/claim 1");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Dm(zoe, "/done 1 THANK YOU BOB!! love, ZOE"));

        Assert.DoesNotContain("ZOE", Assert.Single(delivered.InGroup()).Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Flow_in_a_small_group_says_fewer_than_3_rather_than_pointing_at_someone()
    {
        using var h = await AnonymousRideClaimedByBob();
        await h.Dm("alice", "/done 1");
        h.Delivered();

        var flow = Assert.Single(await h.Accepts(x => x.Say("carol", "/flow"))).Text;

        Assert.Contains("1 need met", flow, StringComparison.Ordinal);
        Assert.Contains("fewer than 3 people helped and fewer than 3 people were helped", flow, StringComparison.Ordinal);
        Assert.DoesNotContain("1 was helped", flow, StringComparison.Ordinal);
        Assert.DoesNotContain("1 person", flow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_never_counts_fewer_than_3_people()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("carol", "/pause");
        h.Delivered();

        var map = Assert.Single(await h.Accepts(x => x.Say("bob", "/map"))).Text;

        Assert.Contains("fewer than 3 members (fewer than 3 people on a break)", map, StringComparison.Ordinal);
        Assert.Contains("1 offer from fewer than 3 people, fewer than 3 people free now", map, StringComparison.Ordinal);
        Assert.DoesNotContain("1 person", map, StringComparison.Ordinal);
    }

    private static async Task<EngineHarness> AnonymousRideClaimedByBob()
    {
        var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Join("alice", "carol");
        await h.Dm("alice", "/need anon a ride to the clinic on friday");
        await h.Say("bob", "/claim 1");
        h.Delivered();
        return h;
    }
}
