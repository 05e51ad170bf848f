using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// kill -9 of the host, run as its own process, while Discord holds its request for a new message unanswered after
/// the message is already in the channel. Restarted on the same database, the host sends it again with the same nonce
/// and Discord returns the message already posted: the member sees it once.
/// </summary>
public sealed class KillMidSendTests
{
    private const string MessagesRoute = "POST /channels/{channel_id}/messages";
    private const string Offer = "rides to the clinic, I have a car";
    private const string Need = "a ride to the clinic on Tuesday";

    public enum InFlight
    {
        AskInDirectMessage,
        NeedPostInChannel,
    }

    [Theory]
    [InlineData(InFlight.AskInDirectMessage)]
    [InlineData(InFlight.NeedPostInChannel)]
    public async Task A_message_posted_but_unanswered_at_a_kill_is_sent_again_with_its_nonce_and_seen_once(InFlight which)
    {
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions { OwnProcess = true });
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = Offer });
        var words = which == InFlight.AskInDirectMessage ? "could use a hand" : "Need #1";
        var hold = h.Rest.Hold(MessagesRoute, FakeHoldPoint.AfterHandling, json => Carries(json, words));

        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = Need });
        await hold.Caught.WaitAsync(Eventually.Ceiling);
        var posted = await Eventually.Get(() => Seen(h, which, ann).SingleOrDefault(message => Says(message, words)), "the held message to be in its channel");
        await h.KillHostAsync();
        hold.Abandon();
        await h.RestartHostAsync();

        var attempts = await Eventually.Get(
            () => Attempts(h, words) is { Count: >= 2 } both && both[^1].Status == 200 ? both : null,
            $"the restarted host to send \"{words}\" again and be answered");
        await Eventually.TrueAsync(async token => await DatabaseCopy.UndeliveredAsync(h.DatabasePath, [ann, bob], token) == 0, "the outbox to be delivered");

        var nonces = attempts.Select(attempt => attempt.Json!["nonce"]!.GetValue<string>()).Distinct().ToList();
        var nonce = Assert.Single(nonces);
        Assert.InRange(nonce.Length, 1, 25);
        Assert.All(attempts, attempt => Assert.True(attempt.Json!["enforce_nonce"]!.GetValue<bool>()));
        Assert.Equal(posted.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), attempts[^1].ResponseJson!["id"]!.GetValue<string>());
        Assert.Single(Seen(h, which, ann), message => Says(message, words));
        Assert.Single(h.Posts, post => Says(post, "Need #1"));
        Assert.Single(h.DirectMessages(ann), message => Says(message, "could use a hand"));
        Assert.DoesNotContain(h.Posts, post => Says(post, "Need #2"));
        Assert.DoesNotContain(h.Rest.Requests, request => request.Status >= 400);
        Callbacks.EachAnsweredOnce(h.Rest);
    }

    private static IReadOnlyList<FakeMessage> Seen(DiscordHarness h, InFlight which, FakeUser helper) =>
        which == InFlight.AskInDirectMessage ? [.. h.DirectMessages(helper).Where(message => message.WebhookId is null)] : h.Posts;

    private static List<RecordedRequest> Attempts(DiscordHarness h, string words) =>
        [.. h.Rest.RequestsTo(MessagesRoute).Where(request => Carries(request.Json, words))];

    private static bool Carries(JsonNode? json, string words) =>
        Shown.Strings(json).Any(text => Shown.Plain(text).Contains(words, StringComparison.Ordinal));

    private static bool Says(FakeMessage message, string words) => Shown.Says(message, words);
}
