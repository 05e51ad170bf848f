using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Rhythms;

/// <summary>What happens with time besides a need's own rhythm: the weekly digest, check-ins and old offers.</summary>
public sealed class RhythmTests
{
    [Fact]
    public async Task Once_a_week_the_group_sees_needs_still_waiting_new_offers_and_thanks()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Say("alice", "/need someone to fix a shelf");
        await h.Say("erin", "/need a lift to the station");
        await h.Say("bob", "/claim 2");
        await h.Say("erin", "/done 2 thank you Bob, you're a star");
        h.Delivered();

        await h.Advance(TimeSpan.FromDays(7));

        var digest = Assert.Single(h.Delivered().InGroup());
        Assert.Contains("This week in town", digest.Text, StringComparison.Ordinal);
        Assert.Contains("#1 Alice Tester: someone to fix a shelf", digest.Text, StringComparison.Ordinal);
        Assert.Contains("rides to appointments", digest.Text, StringComparison.Ordinal);
        Assert.Contains("thank you Bob, you're a star", digest.Text, StringComparison.Ordinal);
        Assert.Equal("/claim 1", digest.Button("I can help with #1").Command);
    }

    [Fact]
    public async Task A_quiet_week_posts_no_digest()
    {
        using var h = new EngineHarness();
        await h.Join("alice");
        await h.Advance(TimeSpan.FromDays(8));

        await h.Advance(TimeSpan.FromDays(7));

        Assert.Empty(h.History.InGroup());
    }

    [Fact]
    public async Task A_member_who_asked_for_check_ins_is_asked_weekly_and_can_ask_for_support_anonymously()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/me checkins weekly");
        h.Delivered();

        await h.Advance(TimeSpan.FromDays(7));
        var checkIn = Assert.Single(h.Delivered().To("alice"));
        Assert.Contains("How are you doing this week?", checkIn.Text, StringComparison.Ordinal);
        var support = await h.Accepts(x => x.Press("alice", checkIn, "Could use support"));

        Assert.Contains("/need anon <what would help>", Assert.Single(support).Text, StringComparison.Ordinal);
        await h.Advance(TimeSpan.FromDays(7));
        Assert.Single(h.Delivered().To("alice"));
    }

    [Fact]
    public async Task After_ninety_days_an_offer_is_checked_and_keeping_it_keeps_it_matched()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        h.Delivered();

        await h.Advance(TimeSpan.FromDays(90));
        var question = Assert.Single(h.Delivered().To("bob"), d => d.Text.StartsWith("Is this still on offer?", StringComparison.Ordinal));
        var kept = await h.Accepts(x => x.Press("bob", question, "Yes, keep it"));
        var asked = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic"));

        Assert.Contains("stays on the map", Assert.Single(kept).Text, StringComparison.Ordinal);
        Assert.Equal(["bob"], asked.AskedPeople());
    }

    [Fact]
    public async Task Held_private_messages_are_delivered_once_the_person_opens_a_chat_and_they_are_invited_only_once()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        h.Delivered();
        await h.Say("alice", "/need a ride to the clinic");
        await h.Say("alice", "/need a lift to the station");
        var toBob = h.Engine.Outbox.Due(Platforms.KnownPlatforms.Console, 20).Where(m => m.Destination.ChatId == People.IdOf("bob")).ToList();
        Assert.Equal(2, toBob.Count);
        foreach (var message in toBob)
        {
            await h.Engine.Outbox.HoldUntilReachableAsync(message.Id, "bob never started a chat", CancellationToken.None);
        }

        var meanwhile = h.Delivered();
        Assert.Empty(meanwhile.To("bob"));
        var invitation = Assert.Single(meanwhile, d => d.IsInGroup() && d.Names("bob"));
        Assert.Equal(Messages.ButtonKind.OpenPrivateChat, Assert.Single(invitation.Buttons).Kind);

        var started = await h.Accepts(x => x.Dm("bob", "/start"));

        Assert.Equal(2, started.Asks().Count);
    }
}
