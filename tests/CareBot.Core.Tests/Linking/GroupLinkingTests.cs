using CareBot.Core.Needs;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Linking;

/// <summary>
/// /link between groups (docs/linking.md): Ann, an admin of town, asks for a code; Dan, an admin of the Discord server
/// riverside, types it there, and the two are one community from then on.
/// </summary>
public sealed class GroupLinkingTests
{
    private const string Discord = KnownPlatforms.Discord;
    private const string Riverside = LinkedGroups.Riverside;

    [Fact]
    public async Task A_need_posted_in_one_linked_group_reaches_a_helper_who_offered_in_the_other_and_the_claim_flows_back()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await LinkedGroups.Link(h);

        var posted = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday morning"));

        Assert.Contains("a ride to the clinic", Assert.Single(posted.InGroup()).Text, StringComparison.Ordinal);
        var inRiverside = Assert.Single(posted.InGroup(Riverside));
        Assert.Equal(Discord, inRiverside.Platform);
        var ask = Assert.Single(posted.Asks());
        Assert.True(ask.IsTo("bob", Discord), "Bob offered on Discord, so he is asked there.");

        var claimed = await h.Accepts(x => x.PressOn("bob", ask, "I can help"));

        Assert.Equal(NeedState.Claimed, h.Need(1).State);
        Assert.Contains(claimed.To("alice"), d => d.Platform == KnownPlatforms.Console && d.Names("bob"));
    }

    [Fact]
    public async Task The_code_is_given_privately_and_a_code_works_once()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        h.Admins.Grant(People.IdOf("gus"), "garden");
        await h.Say("gus", "/mine", "garden");
        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));
        await h.Accepts(x => x.SayOn(Discord, "dan", $"/link {code}", Riverside));

        var refusal = await h.Refuses(x => x.Say("gus", $"/link {code}", "garden"));

        Assert.Contains("doesn't work", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_expires_after_24_hours()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));
        await h.Advance(TimeSpan.FromHours(24));

        var refusal = await h.Refuses(x => x.SayOn(Discord, "dan", $"/link {code}", Riverside));

        Assert.Contains("works once, for 24 hours", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_admin_gets_a_code_and_only_an_admin_on_the_other_side_can_use_it()
    {
        using var h = await LinkedGroups.TownAndRiverside();

        var notAdminHere = await h.Refuses(x => x.Say("alice", "/link"));
        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));
        var notAdminThere = await h.Refuses(x => x.SayOn(Discord, "bob", $"/link {code}", Riverside));

        Assert.Contains("Only the group's admins", notAdminHere.Text, StringComparison.Ordinal);
        Assert.Contains("Only the group's admins", notAdminThere.Text, StringComparison.Ordinal);
        await h.Accepts(x => x.SayOn(Discord, "dan", $"/link {code}", Riverside));
    }

    [Fact]
    public async Task A_group_code_typed_in_a_private_chat_or_in_its_own_group_is_refused_and_still_works()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));

        var inPrivate = await h.Refuses(x => x.DmOn(Discord, "dan", $"/link {code}"));
        var ownGroup = await h.Refuses(x => x.Say("ann", $"/link {code}"));

        Assert.Contains("links two groups", inPrivate.Text, StringComparison.Ordinal);
        Assert.Contains("this group's own", ownGroup.Text, StringComparison.Ordinal);
        await h.Accepts(x => x.SayOn(Discord, "dan", $"/link {code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)}", Riverside));
    }

    [Fact]
    public async Task The_joining_groups_needs_move_on_past_the_issuers_numbers_and_its_people_are_told()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await h.Say("alice", "/need help carrying a sofa upstairs");
        await h.Say("alice", "/need someone to water my plants");
        await h.SayOn(Discord, "dan", "/need a ride to the station", Riverside);
        h.Delivered();

        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));
        var told = await h.Accepts(x => x.SayOn(Discord, "dan", $"/link {code}", Riverside));

        Assert.Contains("#1 is now #3", Assert.Single(told.InGroup(Riverside)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("#1 is now", Assert.Single(told.InGroup()).Text, StringComparison.Ordinal);
        Assert.Contains("station", h.Need(3).Text, StringComparison.Ordinal);
        Assert.Contains("sofa", h.Need(1).Text, StringComparison.Ordinal);
        var next = await h.Accepts(x => x.Say("alice", "/need a lift to the market"));
        Assert.Contains("#4", Assert.Single(next.InGroup()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_that_waited_for_a_helper_is_asked_among_the_other_groups_offers_once_linked_and_only_once()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await h.Say("alice", "/need a ride to the clinic on friday morning");
        Assert.Empty(h.Delivered().Asks());

        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));
        var linked = await h.Accepts(x => x.SayOn(Discord, "dan", $"/link {code}", Riverside));

        var ask = Assert.Single(linked.Asks());
        Assert.True(ask.IsTo("bob", Discord), "Bob offers rides in riverside, so linking brings him Alice's need.");
        await h.Accepts(x => x.PressOn("bob", ask, "I can help"));
        Assert.Equal(NeedState.Claimed, h.Need(1).State);
    }

    [Fact]
    public async Task Numbers_that_stay_the_same_are_not_announced_as_new()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await h.SayOn(Discord, "dan", "/need a ride to the station", Riverside);
        h.Delivered();

        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));
        var told = await h.Accepts(x => x.SayOn(Discord, "dan", $"/link {code}", Riverside));

        Assert.DoesNotContain("new numbers", Assert.Single(told.InGroup(Riverside)).Text, StringComparison.Ordinal);
        Assert.Contains("station", h.Need(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_sent_before_the_link_still_claims_the_need_it_was_about()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await h.Say("alice", "/need help carrying a sofa upstairs");
        var asked = await h.Accepts(x => x.SayOn(Discord, "dan", "/need a ride to the dentist", Riverside));
        var ask = Assert.Single(asked.Asks());

        await LinkedGroups.Link(h);
        await h.Accepts(x => x.PressOn("bob", ask, "I can help"));

        Assert.Equal(NeedState.Claimed, h.Need(2).State);
        Assert.Contains("dentist", h.Need(2).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Open, h.Need(1).State);
    }

    [Fact]
    public async Task A_request_held_for_quiet_hours_before_the_link_arrives_after_it_and_claims_the_right_need()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await h.SayOn(Discord, "bob", "/me quiet 09-12", Riverside);
        await h.Say("alice", "/need help carrying a sofa upstairs");
        await h.SayOn(Discord, "dan", "/need a ride to the dentist", Riverside);
        Assert.Empty(h.Delivered().Asks());

        await LinkedGroups.Link(h);
        var released = new List<Delivery>();
        await h.AdvanceDelivering(TimeSpan.FromHours(3), released.AddRange);
        var ask = Assert.Single(released.Asks());
        await h.Accepts(x => x.PressOn("bob", ask, "I can help"));

        Assert.Equal(NeedState.Claimed, h.Need(2).State);
        Assert.Contains("dentist", h.Need(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekly_digest_is_posted_in_both_groups_and_covers_both()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await LinkedGroups.Link(h);
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.SayOn(Discord, "dan", "/need help moving boxes on saturday", Riverside);
        h.Delivered();

        var week = new List<Delivery>();
        await h.AdvanceDelivering(TimeSpan.FromDays(7), week.AddRange);

        var digests = week.Where(d => !d.IsPrivate && d.Text.Contains("This week in", StringComparison.Ordinal)).ToList();
        Assert.Equal([Riverside, EngineHarness.Group], digests.Select(d => d.To).Order(StringComparer.Ordinal));
        Assert.All(digests, d => Assert.Contains("moving boxes", d.Text, StringComparison.Ordinal));
        Assert.All(digests, d => Assert.Contains("clinic", d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_group_that_issued_the_code_keeps_its_agreements()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await h.Agree("wave-size", "5");
        await h.SayOn(Discord, "dan", "/agree wave-size 2", Riverside);

        await LinkedGroups.Link(h);

        Assert.Equal(5, h.Store.Read(s => s.Communities.Get(h.Member("bob", Riverside, Discord)!.CommunityId))!.Agreements.FirstWaveSize);
    }

    [Fact]
    public async Task Someone_in_both_groups_on_one_platform_becomes_one_member_and_is_asked_once()
    {
        using var h = new EngineHarness();
        h.Admins.Grant(People.IdOf("ann"), "town");
        h.Admins.Grant(People.IdOf("gus"), "garden");
        await h.Say("carol", "/offer rides to appointments, I have a car", "town");
        await h.Say("carol", "/offer I can drive people to the hospital", "garden");
        await h.Join("ann", "alice");
        await h.Say("gus", "/mine", "garden");
        var code = await LinkCodes.Ask(h, "ann", x => x.Say("ann", "/link"));
        await h.Accepts(x => x.Say("gus", $"/link {code}", "garden"));

        var posted = await h.Accepts(x => x.Say("alice", "/need a ride to the hospital on friday"));

        Assert.Equal(["carol"], posted.AskedPeople());
        var carol = h.Store.Read(s => s.Members.FindByIdentity(People.RefOf("carol")));
        Assert.Single(carol);
        Assert.Equal(2, h.Store.Read(s => s.Offers.ByMember(carol[0].Id)).Count);
    }

    [Fact]
    public async Task Unlink_separates_the_groups_each_keeping_its_own_members_offers_and_needs()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await LinkedGroups.Link(h);
        await h.SayOn(Discord, "dan", "/need help moving boxes on saturday", Riverside);
        h.Delivered();

        var told = await h.Accepts(x => x.SayOn(Discord, "dan", "/unlink", Riverside));

        Assert.Contains("no longer linked", Assert.Single(told.InGroup(Riverside)).Text, StringComparison.Ordinal);
        Assert.Contains("no longer linked", Assert.Single(told.InGroup()).Text, StringComparison.Ordinal);
        var posted = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"));
        Assert.Empty(posted.InGroup(Riverside));
        Assert.Empty(posted.Asks());
        Assert.Equal("riverside", h.Store.Read(s => s.Communities.Get(h.Member("bob", Riverside, Discord)!.CommunityId))!.Name);
        var boxes = h.Store.Read(s => s.Needs.FindByNumber(h.Member("dan", Riverside, Discord)!.CommunityId, 1));
        Assert.Contains("boxes", boxes!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_across_the_unlink_is_kept()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await LinkedGroups.Link(h);
        var ask = Assert.Single((await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"))).Asks());
        await h.Accepts(x => x.PressOn("bob", ask, "I can help"));

        await h.Accepts(x => x.SayOn(Discord, "dan", "/unlink", Riverside));

        Assert.Equal(NeedState.Claimed, h.Need(1).State);
        // Bob is in both communities now, so in private he says which one.
        var done = await h.Accepts(x => x.DmOn(Discord, "bob", "/in town /done 1 glad to help"));
        Assert.Equal(NeedState.Done, h.Need(1).State);
        Assert.Contains(done.InGroup(), d => d.Text.Contains("glad to help", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_still_waiting_for_someone_who_left_with_the_other_group_is_taken_back()
    {
        using var h = await LinkedGroups.TownAndRiverside();
        await h.SayOn(Discord, "bob", "/me quiet 09-12", Riverside);
        await LinkedGroups.Link(h);
        await h.Say("alice", "/need a ride to the clinic on friday");
        Assert.Empty(h.Delivered().Asks());

        await h.Accepts(x => x.SayOn(Discord, "dan", "/unlink", Riverside));
        Assert.Empty(h.Store.Read(s => s.Outbox.AsksFor(h.Need(1).Id)));
        var later = new List<Delivery>();
        await h.AdvanceDelivering(TimeSpan.FromHours(3), later.AddRange);

        Assert.Empty(later.Asks());
        Assert.Empty(h.Need(1).AskedIds);
    }

    [Fact]
    public async Task Unlink_is_for_admins_of_a_linked_group()
    {
        using var h = await LinkedGroups.TownAndRiverside();

        var notLinked = await h.Refuses(x => x.SayOn(Discord, "dan", "/unlink", Riverside));
        await LinkedGroups.Link(h);
        var notAdmin = await h.Refuses(x => x.SayOn(Discord, "bob", "/unlink", Riverside));

        Assert.Contains("isn't linked", notLinked.Text, StringComparison.Ordinal);
        Assert.Contains("Only the group's admins", notAdmin.Text, StringComparison.Ordinal);
    }
}
