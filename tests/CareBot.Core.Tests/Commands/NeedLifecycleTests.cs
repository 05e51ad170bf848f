using CareBot.Core.Needs;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>Every legal move of a need, through the commands and buttons people use.</summary>
public sealed class NeedLifecycleTests
{
    private const string Rides = "/offer rides to appointments, I have a car";

    [Fact]
    public async Task Posting_a_need_shows_it_in_the_group_with_an_I_can_help_button_and_asks_matching_members()
    {
        using var h = new EngineHarness();
        await h.Say("bob", Rides);
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"));

        var post = Assert.Single(delivered.InGroup());
        Assert.Contains("Need #1 from Alice Tester", post.Text, StringComparison.Ordinal);
        Assert.Contains("a ride to the clinic on friday", post.Text, StringComparison.Ordinal);
        Assert.Equal("/claim 1", post.Button("I can help").Command);
        Assert.Equal(["bob"], delivered.AskedPeople());
        Assert.Contains("Posted #1", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Open, h.Need(1).State);
    }

    [Fact]
    public async Task Claiming_an_open_need_commits_the_helper_and_tells_the_requester_and_the_group()
    {
        using var h = await RideAsked();
        var ask = Assert.Single(h.History.Asks());

        var delivered = await h.Accepts(x => x.Press("bob", ask, "I can help"));

        Assert.Contains("You're helping with #1", Assert.Single(delivered.To("bob")).Text, StringComparison.Ordinal);
        var toAlice = Assert.Single(delivered.To("alice"));
        Assert.Contains("Bob Tester can help with #1", toAlice.Text, StringComparison.Ordinal);
        Assert.True(toAlice.HasButton("/done 1") && toAlice.HasButton("/fellthrough 1"));
        Assert.Contains("#1 has a helper: thank you, Bob Tester!", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Claimed, h.Need(1).State);
    }

    [Fact]
    public async Task The_requester_marks_a_claimed_need_done_and_the_thank_you_goes_to_the_group()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");

        var delivered = await h.Accepts(x => x.Dm("alice", "/done 1 thank you so much, Bob!"));

        var post = Assert.Single(delivered.InGroup());
        Assert.Contains("#1 is done, with help from Bob Tester.", post.Text, StringComparison.Ordinal);
        Assert.Contains("Thanks from Alice Tester: thank you so much, Bob!", post.Text, StringComparison.Ordinal);
        Assert.Contains("marked done by Alice Tester", Assert.Single(delivered.To("bob")).Text, StringComparison.Ordinal);
        Assert.Contains("Marked #1 done", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Done, h.Need(1).State);
        Assert.DoesNotContain("#1", (await h.Accepts(x => x.Say("carol", "/needs"))).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_helper_can_mark_the_need_done_and_the_requester_is_told()
    {
        using var h = await RideAsked();
        var helping = (await h.Accepts(x => x.Say("bob", "/claim 1"))).To("bob").Single();

        var delivered = await h.Accepts(x => x.Press("bob", helping, "Mark done"));

        Assert.Contains("marked done by Bob Tester", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Done, h.Need(1).State);
    }

    [Fact]
    public async Task A_thank_you_written_by_the_helper_is_posted_under_the_helpers_name()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");

        var delivered = await h.Accepts(x => x.Say("bob", "/done 1 it was a pleasure, see you soon"));

        var post = Assert.Single(delivered.InGroup());
        Assert.Contains("Bob Tester says: it was a pleasure, see you soon", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thanks from Alice Tester", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_requester_can_close_an_open_need_as_done_without_a_helper()
    {
        using var h = await RideAsked();

        var delivered = await h.Accepts(x => x.Say("alice", "/done 1"));

        Assert.Contains("#1 is done.", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Done, h.Need(1).State);
    }

    [Fact]
    public async Task The_requester_can_withdraw_an_open_need()
    {
        using var h = await RideAsked();
        var confirmation = h.History.To("alice").Single();

        var delivered = await h.Accepts(x => x.Press("alice", confirmation, "Cancel it"));

        Assert.Contains("#1 was withdrawn", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Cancelled, h.Need(1).State);
    }

    [Fact]
    public async Task Withdrawing_a_claimed_need_releases_the_helper()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");

        var delivered = await h.Accepts(x => x.Say("alice", "/cancel 1"));

        Assert.Contains("you don't need to help with it any more", Assert.Single(delivered.To("bob")).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Cancelled, h.Need(1).State);
        Assert.Contains("Helping with (0 of your cap of 2)", (await h.Accepts(x => x.Dm("bob", "/mine"))).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_need_expires_after_the_agreed_number_of_days_and_the_requester_is_told()
    {
        using var h = new EngineHarness();
        await h.Agree("expiry-days", "5");
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();

        await h.Advance(TimeSpan.FromDays(5) - TimeSpan.FromMinutes(1));
        Assert.Equal(NeedState.Open, h.Need(1).State);
        await h.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(NeedState.Expired, h.Need(1).State);
        Assert.Contains(h.Delivered().To("alice"), d => d.Text.Contains("#1 has closed after 5 days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_few_days_the_requester_is_asked_whether_it_is_still_needed_and_keeping_it_open_postpones_expiry()
    {
        using var h = await RideAsked();

        await h.Advance(TimeSpan.FromDays(3));
        var question = Assert.Single(h.Delivered().To("alice"), d => d.Text.StartsWith("Is #1 still needed?", StringComparison.Ordinal));
        Assert.True(question.HasButton("/cancel 1"));
        var kept = await h.Accepts(x => x.Press("alice", question, "Keep it open"));
        Assert.Contains("stays open for another 14 days", Assert.Single(kept).Text, StringComparison.Ordinal);

        await h.Advance(TimeSpan.FromDays(14) - TimeSpan.FromHours(1));
        Assert.Equal(NeedState.Open, h.Need(1).State);
        await h.Advance(TimeSpan.FromHours(1));
        Assert.Equal(NeedState.Expired, h.Need(1).State);
    }

    [Fact]
    public async Task Three_days_after_a_claim_both_are_asked_whether_it_happened()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");
        h.Delivered();

        await h.Advance(Need.FollowUpAfter);
        var delivered = h.Delivered();

        foreach (var person in new[] { "alice", "bob" })
        {
            var followUp = Assert.Single(delivered.To(person), d => d.Text.StartsWith("Did #1 happen?", StringComparison.Ordinal));
            Assert.True(followUp.HasButton("/done 1") && followUp.HasButton("/notyet 1") && followUp.HasButton("/fellthrough 1"));
        }

        var notYet = await h.Accepts(x => x.Press("bob", delivered.To("bob").Single(), "Not yet"));
        Assert.Contains("When #1 has happened", Assert.Single(notYet).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Claimed, h.Need(1).State);
    }

    [Fact]
    public async Task A_claim_nobody_answers_about_is_asked_about_again_a_week_later_and_not_yet_asks_again_in_three_days()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");
        await h.Advance(Need.FollowUpAfter);
        h.Delivered();

        await h.Advance(Need.FollowUpRepeat);
        var again = h.Delivered();
        Assert.Single(again.To("alice"), d => d.Text.StartsWith("Did #1 happen?", StringComparison.Ordinal));

        await h.Accepts(x => x.Dm("alice", "/notyet 1"));
        await h.Advance(Need.FollowUpAfter);
        Assert.Single(h.Delivered().To("bob"), d => d.Text.StartsWith("Did #1 happen?", StringComparison.Ordinal));
        Assert.Equal(NeedState.Claimed, h.Need(1).State);
    }

    [Fact]
    public async Task A_helper_it_fell_through_with_is_not_asked_about_the_same_need_again()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");
        await h.Say("bob", "/fellthrough 1");
        h.Delivered();

        await h.Advance(TimeSpan.FromHours(13));

        Assert.DoesNotContain("bob", h.Delivered().AskedPeople());
        Assert.Contains(h.Member("bob")!.Id, h.Need(1).PassedIds);
    }

    [Fact]
    public async Task When_the_requester_says_it_fell_through_the_need_opens_again_and_someone_new_is_asked()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");
        await h.Say("dave", "/offer I'm driving to town most days, happy to give a lift");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("alice", "/fellthrough 1"));

        Assert.Equal(NeedState.Open, h.Need(1).State);
        Assert.Empty(h.Need(1).HelperIds);
        Assert.Contains("you're no longer down to help", Assert.Single(delivered.To("bob")).Text, StringComparison.Ordinal);
        Assert.Contains("#1 is looking for help again", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal(["dave"], delivered.AskedPeople());
    }

    [Fact]
    public async Task When_a_helper_says_it_fell_through_the_requester_hears_the_need_is_open_again()
    {
        using var h = await RideAsked();
        await h.Say("bob", "/claim 1");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("bob", "/fellthrough 1"));

        Assert.Equal(NeedState.Open, h.Need(1).State);
        Assert.Contains(delivered.To("alice"), d => d.Text.Contains("#1", StringComparison.Ordinal) && d.Text.Contains("open again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_helper_who_cannot_make_it_after_all_is_released_and_the_next_candidate_is_asked()
    {
        using var h = new EngineHarness();
        await h.Agree("wave-size", "1");
        await h.Say("bob", Rides);
        await h.Say("carol", "/offer rides in my car on weekdays");
        await h.Say("alice", "/need a ride to the clinic on friday");
        Assert.Equal(["bob"], h.Delivered().AskedPeople());
        var helping = (await h.Accepts(x => x.Say("bob", "/claim 1"))).To("bob").Single();

        var delivered = await h.Accepts(x => x.Press("bob", helping, "I can't after all"));

        Assert.Equal(NeedState.Open, h.Need(1).State);
        Assert.Contains("taken you off #1", Assert.Single(delivered.To("bob")).Text, StringComparison.Ordinal);
        Assert.Contains("Bob Tester can't help with #1 after all. It's open again", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task A_need_for_two_helpers_stays_open_until_both_have_claimed_it()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer help moving furniture");
        await h.Say("carol", "/offer strong arms for moving boxes");
        await h.Say("alice", "/need helpers 2 hands to move a sofa on saturday");
        var post = h.Delivered().InGroup().Single(d => d.Text.Contains("Need #1", StringComparison.Ordinal));
        Assert.Contains("2 helpers wanted", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("helpers 2", post.Text, StringComparison.Ordinal);

        var first = await h.Accepts(x => x.Press("bob", post, "I can help"));
        Assert.Equal(NeedState.Open, h.Need(1).State);
        var firstPost = Assert.Single(first.InGroup());
        Assert.Contains("1 more wanted", firstPost.Text, StringComparison.Ordinal);
        Assert.True(firstPost.HasButton("/claim 1"));

        var second = await h.Accepts(x => x.Press("carol", firstPost, "I can help"));
        Assert.Equal(NeedState.Claimed, h.Need(1).State);
        Assert.DoesNotContain("more wanted", Assert.Single(second.InGroup()).Text, StringComparison.Ordinal);

        var done = await h.Accepts(x => x.Say("alice", "/done 1"));
        Assert.Contains("with help from Bob Tester and Carol Tester", Assert.Single(done.InGroup()).Text, StringComparison.Ordinal);
        Assert.Single(done.To("bob"));
        Assert.Single(done.To("carol"));
    }

    private static async Task<EngineHarness> RideAsked()
    {
        var h = new EngineHarness();
        await h.Say("bob", Rides);
        await h.Say("carol", "/offer I can cook a hot meal");
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();
        return h;
    }
}
