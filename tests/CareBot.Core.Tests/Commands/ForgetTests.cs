using CareBot.Core.Needs;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>/forget asks first, then erases the person everywhere; the raw database is the judge.</summary>
public sealed class ForgetTests
{
    [Fact]
    public async Task Forget_asks_first_and_erases_nothing_until_confirmed()
    {
        using var h = await AliceEverywhere();

        // Writing to the bot privately is itself remembered (her private chat is open); that's not what this is about.
        await h.Dm("alice", "/help");
        h.Delivered();
        var before = h.StoredState();

        var question = Assert.Single(await h.Accepts(x => x.Dm("alice", "/forget")));
        var kept = await h.Accepts(x => x.Press("alice", question, "Keep my data"));

        Assert.Contains("It can't be undone", question.Text, StringComparison.Ordinal);
        Assert.Contains("town", question.Text, StringComparison.Ordinal);
        Assert.Contains("garden", question.Text, StringComparison.Ordinal);
        Assert.Equal("/forget confirm", question.Button("Yes, erase my data").Command);
        Assert.Contains("nothing was erased", Assert.Single(kept).Text, StringComparison.Ordinal);
        Assert.Equal(before, h.StoredState());
    }

    [Fact]
    public async Task Confirming_erases_every_trace_of_the_member_from_every_collection()
    {
        using var h = await AliceEverywhere();
        Assert.NotEmpty(h.Snapshot().DocumentsContaining(People.IdOf("alice")));
        var question = (await h.Accepts(x => x.Dm("alice", "/forget"))).Single();

        var delivered = await h.Accepts(x => x.Press("alice", question, "Yes, erase my data"));

        Assert.Contains("I've erased your data", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        var raw = h.Snapshot();
        Assert.Empty(raw.DocumentsContaining(People.IdOf("alice")));
        Assert.Empty(raw.DocumentsContaining(People.DisplayNameOf("alice")));
        Assert.Null(h.Member("alice"));
        Assert.Null(h.Member("alice", "garden"));
        Assert.NotNull(h.Member("bob"));
        Assert.NotEmpty(raw.DocumentsContaining(People.IdOf("bob")));
    }

    [Fact]
    public async Task Their_open_needs_are_withdrawn_and_their_helper_released_past_needs_stay_unattributed()
    {
        using var h = await AliceEverywhere();

        var delivered = await h.Accepts(x => x.Dm("alice", "/forget confirm"));

        Assert.Equal(NeedState.Cancelled, h.Need(1).State);
        Assert.Contains(delivered.To("bob"), d => d.Text.Contains("#1 was withdrawn", StringComparison.Ordinal));
        Assert.Contains(delivered.InGroup(), d => d.Text.Contains("#1 was withdrawn", StringComparison.Ordinal));
        var past = h.Need(2);
        Assert.Equal(NeedState.Done, past.State);
        Assert.Null(past.RequesterId);
        Assert.Equal([h.Member("bob")!.Id], past.HelperIds);
    }

    [Fact]
    public async Task A_need_they_were_helping_with_looks_for_help_again_and_its_requester_is_told()
    {
        using var h = await AliceEverywhere();

        var delivered = await h.Accepts(x => x.Dm("alice", "/forget confirm"));

        var dropped = h.Need(4);
        Assert.Equal(NeedState.Open, dropped.State);
        Assert.Empty(dropped.HelperIds);
        var toDave = Assert.Single(delivered.To("dave"));
        Assert.Contains("One of the helpers on #4 is no longer available. It's open again", toDave.Text, StringComparison.Ordinal);
        Assert.False(toDave.Names("alice"));
        var list = Assert.Single(await h.Accepts(x => x.Dm("erin", "/needs")));
        Assert.True(list.HasButton("/claim 4"));
    }

    [Fact]
    public async Task A_member_who_was_forgotten_can_come_back_as_a_newcomer()
    {
        using var h = await AliceEverywhere();
        await h.Dm("alice", "/forget confirm");
        h.Delivered();

        var profile = Assert.Single(await h.Accepts(x => x.Say("alice", "/mine")));

        Assert.Contains("None open.", profile.Text, StringComparison.Ordinal);
        Assert.Contains("None yet: /offer", profile.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Alice belongs to town and garden. In town she has offers, an open need #1 that Bob is helping with, a done
    /// need #2 with a thank-you, was asked about Carol's #3 and passed, helps Dave with #4, and has an open #5 listed
    /// in /needs, /mine and the weekly digest. She had errors answered, and a held message got her invited in the group.
    /// </summary>
    private static async Task<EngineHarness> AliceEverywhere()
    {
        var h = new EngineHarness();
        await h.Say("alice", "/offer rides in my car, evenings");
        await h.Say("alice", "/offer cooking for a family", "garden");
        await h.Say("alice", "/need a lift to the station on monday");
        await h.Say("bob", "/claim 1");
        await h.Say("alice", "/need someone to fix a shelf");
        await h.Say("bob", "/claim 2");
        await h.Say("alice", "/done 2 thank you Bob, lovely work");
        await h.Say("carol", "/need a ride to the clinic on friday");
        await h.Dm("alice", "/in town /pass 3");
        await h.Say("dave", "/need a lift to the airport");
        await h.Say("alice", "/claim 4");
        await h.Say("alice", "/need someone to help with my tax form");
        await h.Say("erin", "/needs");
        await h.Say("bob", "/mine");
        await h.Say("alice", "/claim 99");
        await h.Dm("alice", "/in town /cancel 42");
        await h.Say("alice", "/me zone north cap 3 quiet 22-08");
        await h.Say("alice", "/checkin ok");
        await h.Advance(TimeSpan.FromDays(7));
        h.Delivered();

        await h.Dm("alice", "/in town /offers");
        var held = h.Engine.Outbox.Due(KnownPlatforms.Console, 10).Single(m => m.Destination.ChatId == People.IdOf("alice"));
        await h.Engine.Outbox.HoldUntilReachableAsync(held.Id, "the person has not started a chat", CancellationToken.None);
        var invitation = Assert.Single(h.Delivered(), d => !d.IsPrivate);
        Assert.True(invitation.Names("alice"));
        Assert.Contains(h.History, d => d.IsInGroup() && d.Text.Contains("This week in town", StringComparison.Ordinal) && d.Names("alice"));
        return h;
    }
}
