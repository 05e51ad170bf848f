using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>A helper whose DMs are closed to the bot (Discord's 50007): asked once, held, and reached once they open them.</summary>
public sealed class ClosedDirectMessagesTests
{
    private const string Offer = "rides to the clinic, I have a car";

    [Fact]
    public async Task A_helper_whose_DMs_are_closed_is_tried_once_and_the_ask_waits_held_without_retrying()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann", acceptsDirectMessages: false);
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = Offer });

        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on Tuesday" });

        await h.PostSayingAsync("Need #1");
        await Eventually.True(() => h.HeldFor(ann).Count == 1, "the ask to ann to be held");

        // More comes after it (another need, a post in the channel), and still the ask is not tried again.
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "someone to walk my dog on Friday morning" });
        await h.PostSayingAsync("Need #2");
        await h.OutboxDeliveredAsync();
        var attempt = Assert.Single(SendsTo(h, ann));
        Assert.Equal(403, attempt.Status);
        Assert.Equal(50007, attempt.ResponseJson!["code"]!.GetValue<int>());
        Assert.Empty(h.DirectMessages(ann));
        Assert.Single(h.HeldFor(ann));
    }

    [Fact]
    public async Task A_helper_whose_DMs_are_closed_is_not_named_in_the_channel_and_gets_what_waited_after_opening_DMs_and_using_a_command()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann", acceptsDirectMessages: false);
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = Offer });
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on Tuesday" });
        await Eventually.True(() => h.HeldFor(ann).Count == 1, "the ask to ann to be held");
        await h.OutboxDeliveredAsync();

        Assert.DoesNotContain(h.Posts, post => Shown.Says(post, $"<@{ann.Id}>") || Shown.Says(post, "private message"));

        h.Rest.SetAcceptsDirectMessages(ann, accepts: true);
        await h.CommandAsync(ann, "needs");

        var ask = await h.DirectMessageSayingAsync(ann, "could use a hand (#1)");
        await h.OutboxDeliveredAsync();
        Assert.Equal([403, 200], SendsTo(h, ann).Select(send => send.Status));
        Assert.Single(h.DirectMessages(ann), message => message.WebhookId is null);
        Assert.Empty(h.HeldFor(ann));
        Assert.Equal(["I can help", "Not this time"], Shown.Labels(ask));
    }

    /// <summary>Every message the bot tried to post in the person's DM channel.</summary>
    private static List<RecordedRequest> SendsTo(DiscordHarness h, FakeUser user)
    {
        var channel = h.Rest.DirectChannelOf(user);
        Assert.NotNull(channel);
        return [.. h.Rest.Requests.Where(request => request.Method == "POST" && request.Path.EndsWith($"/channels/{channel.Id}/messages", StringComparison.Ordinal))];
    }
}
