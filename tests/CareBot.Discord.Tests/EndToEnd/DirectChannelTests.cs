using System.Globalization;
using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>
/// A member's DM channel, which every DM to them needs: opened when they first use a command, ahead of any DM, so a
/// burst of asks doesn't spend the bot's requests on openings; learnt for nothing when they act in their DMs.
/// </summary>
public sealed class DirectChannelTests
{
    private const string OpenRoute = "POST /users/@me/channels";

    [Fact]
    public async Task A_members_DM_channel_is_opened_at_their_first_command_and_their_first_DM_needs_no_opening_of_its_own()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");

        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = "rides to the clinic, I have a car" });
        var opened = await Eventually.Get(() => OpeningsFor(h, ann).FirstOrDefault(), "ann's DM channel to be opened");
        Assert.Equal(200, opened.Status);
        Assert.Empty(h.DirectMessages(ann));

        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on Tuesday" });
        await h.DirectMessageSayingAsync(ann, "could use a hand (#1)");
        await h.OutboxDeliveredAsync();

        Assert.Single(OpeningsFor(h, ann));
    }

    [Fact]
    public async Task A_command_in_DMs_tells_the_bot_the_channel_so_after_a_restart_nothing_is_opened_again()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = "rides to the clinic, I have a car" });
        await Eventually.True(() => OpeningsFor(h, ann).Count == 1, "ann's DM channel to be opened");

        // A restart forgets every channel it knew; ann's next command, in her DMs, carries hers.
        await h.StopHostAsync();
        await h.RestartHostAsync();
        await h.DirectCommandAsync(ann, "mine");
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on Tuesday" });
        await h.DirectMessageSayingAsync(ann, "could use a hand (#1)");
        await h.OutboxDeliveredAsync();

        Assert.Single(OpeningsFor(h, ann));
    }

    [Fact]
    public async Task Beside_other_instances_a_DM_channel_is_opened_only_when_a_DM_needs_it()
    {
        // Counted across instances, the bot's requests are those on record with the outbox: an opening ahead of need
        // would go uncounted by the others.
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions { Configuration = ["--Delivery:SharedLimits=true"] });
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = "rides to the clinic, I have a car" });
        await h.OutboxDeliveredAsync();
        Assert.Empty(OpeningsFor(h, ann));

        var need = await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on Tuesday" });
        await h.DirectMessageSayingAsync(ann, "could use a hand (#1)");

        var opened = Assert.Single(OpeningsFor(h, ann));
        Assert.True(opened.ReceivedAt >= need.CreatedAt, "the channel was opened before a DM needed it");
    }

    private static List<RecordedRequest> OpeningsFor(DiscordHarness h, FakeUser user) =>
        [.. h.Rest.Requests.Where(request => request.Route == OpenRoute
            && request.Json?["recipient_id"]?.GetValue<string>() == user.Id.ToString(CultureInfo.InvariantCulture))];
}
