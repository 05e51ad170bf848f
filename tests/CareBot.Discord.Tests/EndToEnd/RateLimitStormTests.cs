using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>Discord answering 429 after 429 while needs fan out to many helpers: late, but nothing lost, nothing twice, nothing out of order.</summary>
public sealed class RateLimitStormTests
{
    private const ulong ManageServer = 1UL << 5;
    private const int Helpers = 12;
    private const string MessagesRoute = "POST /channels/{channel_id}/messages";
    private const string OpenDirectMessageRoute = "POST /users/@me/channels";

    [Fact]
    public async Task After_a_storm_of_429s_during_a_fan_out_every_DM_and_post_arrived_once_and_in_order()
    {
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions
        {
            Rest = new FakeDiscordRestOptions
            {
                // Tighter than the bot's own pacing (50 a second), so Discord's global limit answers 429 for real.
                GlobalLimitPerSecond = 10,
                Buckets = [new FakeBucketRule("open-dm", 3, TimeSpan.FromSeconds(1), OpenDirectMessageRoute)],
            },
        });
        var bob = h.Member("bob");
        await h.CommandAsync(h.Owner, "agree", new JsonObject { ["key"] = "wave-size", ["value"] = $"{Helpers}" }, ManageServer);
        var helpers = Enumerable.Range(1, Helpers).Select(i => h.Member($"helper{i}")).ToList();
        foreach (var helper in helpers)
        {
            await h.CommandAsync(helper, "offer", new JsonObject { ["text"] = "rides to the clinic, I have a car" });
        }

        await h.PostSayingAsync("Riverside Mutual Aid");
        h.Rest.FailNext(FakeRestFault.RateLimit(FakeRestFaultKind.GlobalRateLimit, 1.2), 3, MessagesRoute);
        h.Rest.FailNext(FakeRestFault.RateLimit(FakeRestFaultKind.UserRateLimit, 0.6), 4, MessagesRoute);
        h.Rest.FailNext(FakeRestFault.RateLimit(FakeRestFaultKind.SharedRateLimit, 0.4), 2, MessagesRoute);
        h.Rest.FailNext(FakeRestFault.RateLimit(FakeRestFaultKind.UserRateLimit, 0.5), 3, OpenDirectMessageRoute);

        var first = await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on Tuesday" });
        var second = await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on Friday" });

        Assert.All(new[] { first, second }, need => Assert.Contains(
            h.Answers(need), answer => Shown.Plain(answer.Text).Contains($"I've privately asked {Helpers} members", StringComparison.Ordinal)));
        foreach (var helper in helpers)
        {
            await Eventually.True(() => Asks(h, helper).Count >= 2, $"both asks to reach {helper.Username}");
        }

        await h.PostSayingAsync("Need #2");
        await h.OutboxDeliveredAsync();
        Assert.All(helpers, helper => Assert.Equal(["(#1)", "(#2)"], Asks(h, helper).Select(ask => Shown.Says(ask, "(#1)") ? "(#1)" : Shown.Says(ask, "(#2)") ? "(#2)" : Shown.Plain(ask))));
        var needPosts = h.Posts.Where(post => Shown.Says(post, "Need #")).Select(post => Shown.Says(post, "Need #1") ? 1 : 2);
        Assert.Equal([1, 2], needPosts);

        // It was a storm: Discord said 429 (globally, for a route, for a shared resource) and each was waited out.
        var limited = h.Rest.Requests.Where(request => request.Status == 429).ToList();
        Assert.Contains(limited, request => request.ResponseJson?["global"]?.GetValue<bool>() == true);
        Assert.Contains(limited, request => request.ResponseJson?["global"]?.GetValue<bool>() == false && request.Route == OpenDirectMessageRoute);
        Assert.True(limited.Count >= 12, $"only {limited.Count} 429s");
        Assert.DoesNotContain(h.Rest.Requests, request => request.Status is >= 400 and not 429);
        Callbacks.EachAnsweredOnce(h.Rest);
    }

    /// <summary>The asks the bot posted in the helper's DMs, oldest first.</summary>
    private static List<FakeMessage> Asks(DiscordHarness h, FakeUser helper) =>
        [.. h.DirectMessages(helper).Where(message => message.WebhookId is null && Shown.Says(message, "could use a hand"))];
}
