using System.Globalization;
using System.Text.Json.Nodes;
using CareBot.Core.Platforms;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>
/// A need met from start to end, through the real host and client against the fake Discord: the post in the channel,
/// the ask in a DM, the claim pressed in that DM, both people put in touch, done and thanked, as each person sees it.
/// </summary>
public sealed class CareFlowTests
{
    private const string Offer = "rides to the clinic, I have a car";
    private const string Need = "a ride to the clinic on Tuesday";

    [Fact]
    public async Task A_matching_need_is_posted_asked_in_a_DM_claimed_there_puts_both_in_touch_and_the_helper_marks_it_done()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = Offer });
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = Need });

        var post = await h.PostSayingAsync("Need #1");
        Assert.Equal(["I can help"], Shown.Labels(post));
        Assert.Single(post.Embeds);
        Assert.Contains($"Need #1 from <@{bob.Id}>", Shown.Plain(post), StringComparison.Ordinal);
        Assert.Contains($"“{Need}”", Shown.Plain(post), StringComparison.Ordinal);

        var ask = await h.DirectMessageSayingAsync(ann, "could use a hand");
        Assert.Equal(["I can help", "Not this time"], Shown.Labels(ask));
        Assert.Contains($"<@{bob.Id}> in Riverside Mutual Aid could use a hand (#1)", Shown.Plain(ask), StringComparison.Ordinal);
        Assert.Contains($"You offered: “{Offer}”", Shown.Plain(ask), StringComparison.Ordinal);

        var claim = await h.PressAsync(ann, ask, "I can help");
        var toHelper = Assert.Single(h.Answers(claim));
        Assert.True(toHelper.Ephemeral);
        Assert.Contains("You're helping with #1", Shown.Plain(toHelper.Text), StringComparison.Ordinal);
        Assert.Contains($"I've let <@{bob.Id}> know, so you can message them directly.", Shown.Plain(toHelper.Text), StringComparison.Ordinal);
        var toRequester = await h.DirectMessageSayingAsync(bob, "Good news");
        Assert.Contains($"Good news: <@{ann.Id}> can help with #1", Shown.Plain(toRequester), StringComparison.Ordinal);
        Assert.Contains($"You can reach them directly: <@{ann.Id}>", Shown.Plain(toRequester), StringComparison.Ordinal);
        Assert.Equal(["It's done", "It fell through"], Shown.Labels(toRequester));
        await h.PostSayingAsync($"#1 has a helper: thank you, <@{ann.Id}>!");

        // Ann marks it done with the button on what she was told when she claimed it, in her DMs.
        var toldAnn = h.Rest.Message(claim.OriginalMessageId!.Value)!;
        var done = await h.PressAsync(ann, toldAnn, "Mark done");
        Assert.Equal("Marked #1 done. Thank you!", Shown.Plain(Assert.Single(h.Answers(done)).Text));
        await h.PostSayingAsync($"#1 is done, with help from <@{ann.Id}>.");
        await h.DirectMessageSayingAsync(bob, $"#1 was marked done by <@{ann.Id}>. Thank you for being part of this.");

        await h.OutboxDeliveredAsync();
        Assert.Single(h.DirectMessages(bob), message => Shown.Says(message, "Good news"));
        Assert.Single(h.DirectMessages(ann), message => message.WebhookId is null);
        Assert.DoesNotContain(h.Rest.Requests, request => request.Status >= 400);
        Callbacks.EachAnsweredOnce(h.Rest);
    }

    [Fact]
    public async Task The_requesters_thank_you_with_done_is_posted_for_the_helper_to_see_and_the_helper_is_told_it_is_done()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = Offer });
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = Need });
        await h.PressAsync(ann, await h.DirectMessageSayingAsync(ann, "could use a hand"), "I can help");
        await h.DirectMessageSayingAsync(bob, "Good news");

        await h.CommandAsync(bob, "done", new JsonObject { ["number"] = 1, ["thanks"] = "Thank you so much, the ride made my week" });

        var post = await h.PostSayingAsync("#1 is done");
        Assert.Contains($"#1 is done, with help from <@{ann.Id}>.", Shown.Plain(post), StringComparison.Ordinal);
        Assert.Contains($"Thanks from <@{bob.Id}>: “Thank you so much, the ride made my week”", Shown.Plain(post), StringComparison.Ordinal);
        await h.DirectMessageSayingAsync(ann, $"#1 was marked done by <@{bob.Id}>. Thank you for being part of this.");
        Callbacks.EachAnsweredOnce(h.Rest);
    }

    [Fact]
    public async Task An_anonymous_need_names_nobody_in_the_channel_or_to_the_helper_and_nothing_sent_to_the_channel_carries_the_requester()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var requester = h.Member("bartholomew");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = Offer });

        var asked = await h.CommandAsync(requester, "need", new JsonObject { ["anonymous"] = true, ["text"] = Need });

        var post = await h.PostSayingAsync("Need #1");
        Assert.Contains("Need #1 from Someone (anonymous)", Shown.Plain(post), StringComparison.Ordinal);
        var ask = await h.DirectMessageSayingAsync(ann, "could use a hand");
        Assert.Contains("Someone (anonymous) in Riverside Mutual Aid could use a hand (#1)", Shown.Plain(ask), StringComparison.Ordinal);
        var claim = await h.PressAsync(ann, ask, "I can help");
        Assert.Contains("They asked anonymously.", Shown.Plain(Assert.Single(h.Answers(claim)).Text), StringComparison.Ordinal);
        var toRequester = await h.DirectMessageSayingAsync(requester, "Good news");
        Assert.Contains("Share my name", Shown.Labels(toRequester));
        await h.PostSayingAsync("#1 has a helper");
        await h.OutboxDeliveredAsync();

        Assert.All(h.Answers(asked), answer => Assert.True(answer.Ephemeral, answer.Text));
        var toChannelOrHelper = h.Rest.Requests.Where(request =>
            request.Path.EndsWith($"/channels/{h.Channel.Id}/messages", StringComparison.Ordinal)
            || request.Path.EndsWith($"/channels/{h.Rest.DirectChannelOf(ann)!.Id}/messages", StringComparison.Ordinal)
            || request.Path.Contains(claim.Token, StringComparison.Ordinal)).ToList();
        Assert.True(toChannelOrHelper.Count(request => request.Route == "POST /channels/{channel_id}/messages") >= 3, "the posts and the ask were sent");
        Assert.All(toChannelOrHelper.SelectMany(request => Shown.Strings(request.Json)), words =>
        {
            Assert.DoesNotContain(requester.Id.ToString(CultureInfo.InvariantCulture), words, StringComparison.Ordinal);
            Assert.DoesNotContain(requester.Username, words, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Buttons_pressed_by_the_wrong_member_are_refused_only_to_them_and_change_nothing()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        var carl = h.Member("carl");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = Offer });
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = Need });
        var post = await h.PostSayingAsync("Need #1");
        await h.PressAsync(ann, await h.DirectMessageSayingAsync(ann, "could use a hand"), "I can help");
        var toRequester = await h.DirectMessageSayingAsync(bob, "Good news");
        await h.PostSayingAsync("#1 has a helper");
        await h.OutboxDeliveredAsync();
        var before = Snapshot(h, ann, bob, carl);

        var lateClaim = await h.PressAsync(carl, post, "I can help");
        var ownClaim = await h.PressAsync(bob, post, "I can help");
        var someoneElsesDone = await h.PressAsync(carl, Shown.ButtonId(toRequester, "It's done"));
        var unaskedPass = await h.PressAsync(carl, ":pass 1");

        Refused(h, lateClaim, "#1 already has the help it asked for.");
        Refused(h, ownClaim, "#1 is your own need, so you can't claim it.");
        Refused(h, someoneElsesDone, "Only the person who asked for #1 or someone helping with it can mark it done.");
        Refused(h, unaskedPass, "I haven't asked you about #1, so there's nothing to pass on.");
        Assert.Empty(h.Engine.Outbox.Due(KnownPlatforms.Discord, 100));
        var mine = await h.CommandAsync(bob, "mine");
        Assert.Contains("#1", Shown.Plain(Assert.Single(h.Answers(mine)).Text), StringComparison.Ordinal);
        Assert.Contains("(being helped with)", Shown.Plain(Assert.Single(h.Answers(mine)).Text), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(h, ann, bob, carl));
        Callbacks.EachAnsweredOnce(h.Rest);
    }

    private static void Refused(DiscordHarness h, FakeInteraction press, string refusal)
    {
        var answer = Assert.Single(h.Answers(press));
        Assert.True(answer.Ephemeral, answer.Text);
        Assert.Contains(refusal, Shown.Plain(answer.Text), StringComparison.Ordinal);
    }

    /// <summary>What everyone sees outside their own interactions: the channel's posts and each person's DMs.</summary>
    private static string Snapshot(DiscordHarness h, params FakeUser[] people) =>
        string.Join("\n---\n", h.Posts.Concat(people.SelectMany(person => h.DirectMessages(person).Where(message => message.WebhookId is null))).Select(Shown.Text));
}
