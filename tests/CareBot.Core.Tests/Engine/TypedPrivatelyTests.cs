using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>A command typed in a group that only the person sees (a Discord slash command answered ephemerally).</summary>
public sealed class TypedPrivatelyTests
{
    [Fact]
    public async Task An_anonymous_need_typed_privately_in_the_group_is_posted_there_without_a_name()
    {
        using var h = new EngineHarness();
        await h.Join("bob");
        h.Delivered();
        var where = Conversation.Group(KnownPlatforms.Console, EngineHarness.Group);

        var result = await h.Engine.HandleAsync(
            new Inbound(People.UserOf("alice"), where, "/need anon someone to talk to tonight") { TypedPrivately = true, ReplyMode = ReplyMode.Return },
            CancellationToken.None);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.All(result.Replies, reply => Assert.Equal(ReplyVisibility.Private, reply.Visibility));
        var card = Assert.Single(h.Delivered().InGroup());
        Assert.Contains("talk to tonight", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_need_typed_where_the_group_sees_it_is_still_refused()
    {
        using var h = new EngineHarness();

        var result = await h.Say("alice", "/need anon someone to talk to tonight");

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(h.Delivered().InGroup(), d => d.Text.Contains("talk to tonight", StringComparison.Ordinal));
    }
}
