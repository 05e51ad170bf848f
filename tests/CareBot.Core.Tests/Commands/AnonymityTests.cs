using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>An anonymous requester is named to nobody but themselves, until they choose to tell their helpers.</summary>
public sealed class AnonymityTests
{
    [Fact]
    public async Task An_anonymous_need_typed_in_the_group_is_refused_and_nothing_is_posted()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Join("alice");

        var answer = await h.Refuses(x => x.Say("alice", "/need anon a ride to the clinic"));

        Assert.Contains("send /need anon <what you need> to me in a private chat", answer.Text, StringComparison.Ordinal);
        Assert.Contains("I haven't posted anything", answer.Text, StringComparison.Ordinal);
        Assert.Empty(h.History.Asks());
    }

    [Fact]
    public async Task An_anonymous_need_sent_privately_is_posted_in_the_group_without_a_name()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Join("alice");

        var delivered = await h.Accepts(x => x.Dm("alice", "/need anon a ride to the clinic on friday"));

        var post = Assert.Single(delivered.InGroup());
        Assert.Contains("Need #1 from Someone (anonymous)", post.Text, StringComparison.Ordinal);
        Assert.Contains("a ride to the clinic on friday", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("anon a ride", post.Text, StringComparison.Ordinal);
        Assert.False(post.Names("alice"));
        Assert.False(Assert.Single(delivered.Asks()).Names("alice"));
        Assert.Contains("without your name", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_message_names_an_anonymous_requester_to_anyone_they_did_not_tell()
    {
        using var h = new EngineHarness();

        // Both drivers are asked about #1 at once, so one can take it while the other passes.
        await h.Agree("wave-size", "3");
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("carol", "/offer I can drive people to the doctor");
        await h.Say("dave", "/offer cooking hot meals");
        await h.Join("alice", "erin");

        // #1 is helped by Bob, who alice tells who she is; #2 is helped by Dave, who never learns; #3 waits.
        await h.Dm("alice", "/need anon a ride to the clinic on friday");
        await h.Dm("alice", "/need anon someone to cook a hot meal for me this week");
        await h.Dm("alice", "/need anon help with a benefits form");
        await h.Say("erin", "/needs");
        await h.Say("alice", "/needs");
        await h.Dm("carol", "/needs");
        await h.Say("frank", "/offer lifts to the station on weekends");
        var ask = h.Delivered().To("bob").Asks().Single();
        await h.Press("bob", ask, "I can help");
        await h.Say("carol", "/pass 1");
        await h.Say("dave", "/claim 2");
        await h.Say("bob", "/mine");
        await h.Advance(TimeSpan.FromDays(3));
        await h.Say("erin", "/needs");
        await h.Dm("dave", "/mine");
        var shareMyName = h.Delivered().To("alice").Single(d => d.HasButton("/reveal 1"));
        await h.Press("alice", shareMyName, "Share my name");
        var revealedAt = h.History.Count;
        await h.Say("carol", "/needs");
        await h.Dm("bob", "/mine");
        await h.Dm("alice", "/done 1 thank you so much, it meant a lot");
        await h.Say("dave", "/done 2 happy to help");
        await h.Advance(TimeSpan.FromDays(4));
        await h.Dm("alice", "/need anon someone to talk to, it's been a hard week");
        await h.Say("frank", "/offer a listening ear any evening");
        await h.Advance(TimeSpan.FromDays(7));
        h.Delivered();

        var told = h.History.Select((delivery, index) => (delivery, index))
            .Where(d => !d.delivery.IsTo("alice") && !(d.delivery.IsTo("bob") && d.index >= revealedAt))
            .Select(d => d.delivery)
            .ToList();
        Assert.All(told, d => Assert.False(d.Names("alice"), $"Alice is named in:\n{d}"));

        // The scenario reached every kind of message it means to check.
        Assert.Contains(told, d => d.IsInGroup() && d.Text.Contains("Need #1 from Someone (anonymous)", StringComparison.Ordinal));
        Assert.Contains(told, d => d.IsInGroup() && d.Text.Contains("Thanks from Someone (anonymous)", StringComparison.Ordinal));
        Assert.Contains(told, d => d.IsInGroup() && d.Text.Contains("This week in town", StringComparison.Ordinal) && d.Text.Contains("#3", StringComparison.Ordinal));
        Assert.Contains(told, d => d.IsInGroup() && d.Text.StartsWith("Open needs in town", StringComparison.Ordinal));
        Assert.Contains(told, d => d.IsTo("bob") && d.Text.StartsWith("Did #1 happen?", StringComparison.Ordinal));
        Assert.Contains(told, d => d.IsTo("dave") && d.Text.Contains("They asked anonymously", StringComparison.Ordinal));
        Assert.Contains(told, d => d.IsTo("frank") && d.Text.Contains("These open needs fit your new offer", StringComparison.Ordinal));
        Assert.Contains(told, d => d.IsTo("carol") && d.Text.Contains("could use a hand (#1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_sharing_their_name_only_that_needs_helpers_learn_it()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("carol", "/offer I can drive people to the doctor");
        await h.Join("alice", "erin");
        await h.Dm("alice", "/need anon a ride to the clinic on friday");
        await h.Dm("alice", "/need anon a lift to the station on monday");
        await h.Say("bob", "/claim 1");
        await h.Say("carol", "/claim 2");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Dm("alice", "/reveal 1"));

        Assert.Contains("The person who asked for #1 is Alice Tester", Assert.Single(delivered.To("bob")).Text, StringComparison.Ordinal);
        Assert.Contains("Everyone else still sees \"someone\"", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        Assert.Empty(delivered.To("carol"));
        Assert.Empty(delivered.InGroup());

        var bobsList = (await h.Accepts(x => x.Dm("bob", "/mine"))).Single();
        Assert.True(bobsList.Names("alice"));
        var carolsList = (await h.Accepts(x => x.Dm("carol", "/mine"))).Single();
        Assert.False(carolsList.Names("alice"));
        Assert.All(await h.Accepts(x => x.Dm("alice", "/done 1 thank you!")),
            d => Assert.True(d.IsTo("alice") || d.IsTo("bob") || !d.Names("alice"), d.ToString()));
    }

    [Fact]
    public async Task The_list_of_needs_shown_in_the_group_does_not_name_them_even_when_they_asked_for_it()
    {
        using var h = new EngineHarness();
        await h.Join("alice");
        await h.Dm("alice", "/need anon a ride to the clinic");

        var inGroup = Assert.Single(await h.Accepts(x => x.Say("alice", "/needs")));
        var inPrivate = Assert.Single(await h.Accepts(x => x.Dm("alice", "/needs")));

        Assert.True(inGroup.IsInGroup());
        Assert.False(inGroup.Names("alice"));
        Assert.Contains("#1 Someone (anonymous)", inGroup.Text, StringComparison.Ordinal);
        Assert.True(inPrivate.Names("alice"));
    }

    [Fact]
    public async Task Someone_who_claims_after_the_name_was_shared_does_not_learn_it_and_the_requester_can_choose_again()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Say("carol", "/offer I can drive people to the doctor");
        await h.Join("alice");
        await h.Dm("alice", "/need anon a ride to the clinic on friday");
        await h.Say("bob", "/claim 1");
        await h.Dm("alice", "/reveal 1");
        await h.Say("bob", "/pass 1");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("carol", "/claim 1"));
        var mine = await h.Accepts(x => x.Dm("carol", "/mine"));

        Assert.All(delivered.Concat(mine).Where(d => !d.IsTo("alice")), d => Assert.False(d.Names("alice"), d.ToString()));
        Assert.Contains("They asked anonymously", Assert.Single(delivered.To("carol")).Text, StringComparison.Ordinal);
        Assert.True(Assert.Single(delivered.To("alice")).HasButton("/reveal 1"));
    }

    [Fact]
    public async Task Only_the_requester_can_share_their_name()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Join("alice");
        await h.Dm("alice", "/need anon a ride to the clinic");
        await h.Say("bob", "/claim 1");

        var answer = await h.Refuses(x => x.Dm("bob", "/reveal 1"));

        Assert.Contains("Only the person who asked for #1", answer.Text, StringComparison.Ordinal);
    }
}
