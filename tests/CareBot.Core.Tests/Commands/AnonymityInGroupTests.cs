using CareBot.Core.Needs;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>
/// An anonymous requester who types in the group, or who can't be written to privately, is never tied to her need:
/// the group sees exactly what it would see from anyone else.
/// </summary>
public sealed class AnonymityInGroupTests
{
    [Fact]
    public async Task An_anonymous_requester_who_blocked_the_bot_is_not_called_out_in_the_group()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Join("alice");
        await h.Dm("alice", "/need anon a ride to the clinic on friday");
        h.Delivered();
        h.Unreachable.Add("alice");

        var delivered = await h.Accepts(x => x.Say("bob", "/claim 1"));

        Assert.Contains(delivered.InGroup(), d => d.Text.Contains("#1", StringComparison.Ordinal));
        Assert.DoesNotContain(delivered, d => !d.IsTo("alice") && d.Names("alice"));
        Assert.DoesNotContain(delivered.InGroup(), d => d.Text.Contains("private message for you", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_who_asked_openly_and_blocked_the_bot_is_still_invited_to_open_a_chat()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Say("alice", "/need a ride to the clinic on friday");
        h.Delivered();
        h.Unreachable.Add("alice");

        var delivered = await h.Accepts(x => x.Say("bob", "/claim 1"));

        Assert.Contains(delivered.InGroup(), d => d.Names("alice") && d.Text.Contains("private message for you", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_held_anonymous_request_is_not_posted_from_the_group()
    {
        using var h = new EngineHarness();
        await h.Say("bob", "/offer someone to talk to, any evening");
        await h.Join("alice", "erin");
        await h.Dm("alice", "/need anon I feel like I want to end it all");
        h.Delivered();
        var anyoneElse = (await h.Refuses(x => x.Say("erin", "/need post"))).Text;

        var delivered = await h.Accepts(x => x.Say("alice", "/need post"));

        Assert.Equal([anyoneElse], delivered.InGroup().Select(d => d.Text));
        Assert.Empty(delivered.Asks());
        Assert.Contains("only post it from here", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        var posted = await h.Accepts(x => x.Dm("alice", "/need post"));
        Assert.Contains("Someone (anonymous)", Assert.Single(posted.InGroup()).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/claim 1")]
    [InlineData("/done 1")]
    [InlineData("/cancel 1")]
    [InlineData("/pass 1")]
    [InlineData("/notyet 1")]
    [InlineData("/keep 1")]
    [InlineData("/fellthrough 1")]
    [InlineData("/reveal 1")]
    [InlineData("/categories need 1")]
    [InlineData("/categories need 1 transport")]
    public async Task A_command_the_requester_types_in_the_group_about_her_anonymous_need_leaves_no_trace_there(string command)
    {
        var untouched = await WhatTheGroupSees(person: null, command);

        var byRequester = await WhatTheGroupSees("alice", command);

        Assert.Empty(byRequester.Group);
        Assert.Equal(untouched.Need, byRequester.Need);
    }

    [Theory]
    [InlineData("/done 1")]
    [InlineData("/cancel 1")]
    [InlineData("/pass 1")]
    [InlineData("/notyet 1")]
    [InlineData("/keep 1")]
    [InlineData("/fellthrough 1")]
    [InlineData("/reveal 1")]
    [InlineData("/categories need 1 transport")]
    public async Task Anyone_else_refused_the_same_command_sees_the_same_in_the_group(string command)
    {
        var byAnyoneElse = await WhatTheGroupSees("erin", command);
        var byRequester = await WhatTheGroupSees("alice", command);

        Assert.Equal(byAnyoneElse.Group, byRequester.Group);
        Assert.Equal(byAnyoneElse.Need, byRequester.Need);
    }

    [Fact]
    public async Task The_requester_is_told_privately_to_act_on_her_need_from_the_private_chat()
    {
        using var h = await WithAnonymousNeed();

        var delivered = await h.Accepts(x => x.Say("alice", "/cancel 1"));

        Assert.Empty(delivered.InGroup());
        Assert.Contains("/cancel 1", Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Open, h.Need(1).State);
        await h.Accepts(x => x.Dm("alice", "/cancel 1"));
        Assert.Equal(NeedState.Cancelled, h.Need(1).State);
    }

    /// <summary>The texts posted in the group after the person typed the command there, and the need's state afterwards.</summary>
    private static async Task<(string[] Group, string Need)> WhatTheGroupSees(string? person, string command)
    {
        using var h = await WithAnonymousNeed();
        if (person is not null)
        {
            await h.Say(person, command);
        }

        var group = h.Delivered().InGroup().Select(d => d.Text).ToArray();
        var need = h.Need(1);
        return (group, $"{need.State} {string.Join(",", need.HelperIds)} {string.Join(",", need.Categories)}");
    }

    private static async Task<EngineHarness> WithAnonymousNeed()
    {
        var h = new EngineHarness();
        await h.Say("bob", "/offer rides to appointments");
        await h.Join("alice", "erin");
        await h.Dm("alice", "/need anon a ride to the clinic on friday");
        h.Delivered();
        return h;
    }
}
