using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// kill -9 of the host, run as its own process, while it answers a member's /need: its answer held by Discord before
/// it counted (the member sees "did not respond") or after (the member saw it). A new process has no session to resume,
/// so it identifies afresh, and Discord never hands a dead session's events to a new one: the need is stored once, the
/// interaction is answered once or not at all (never a second callback, which Discord refuses with 40060), and the
/// member's next commands work.
/// </summary>
public sealed class KillMidInteractionTests
{
    private const string Need = "a ride to the clinic on Tuesday";
    private const int Identify = 2;
    private const int Resume = 6;

    [Theory]
    [InlineData(FakeHoldPoint.BeforeHandling)]
    [InlineData(FakeHoldPoint.AfterHandling)]
    public async Task A_kill_while_a_need_is_answered_stores_it_once_answers_it_at_most_once_and_the_restarted_host_identifies_afresh(FakeHoldPoint answerHeld)
    {
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions { OwnProcess = true });
        var bob = h.Member("bob");
        var hold = h.Rest.Hold(Callbacks.Route, answerHeld);

        var need = await h.SendCommandAsync(bob, "need", new JsonObject { ["text"] = Need });
        await hold.Caught.WaitAsync(Eventually.Ceiling);
        await h.KillHostAsync();
        hold.Abandon();
        await h.RestartHostAsync();
        var mine = await h.CommandAsync(bob, "mine");
        if (!Shown.Plain(Assert.Single(h.Answers(mine)).Text).Contains("clinic on Tuesday", StringComparison.Ordinal))
        {
            // On a busy machine the first callback is a deferral, sent while the work runs; a kill then can come before the
            // need was stored, and it is lost with the process like a command to a dead session. Sent again, it is
            // stored once: what matters is that it is never stored twice.
            await h.CommandAsync(bob, "need", new JsonObject { ["text"] = Need });
            mine = await h.CommandAsync(bob, "mine");
        }

        var needs = await h.CommandAsync(h.Member("carl"), "needs");
        await h.PostSayingAsync("Need #1");
        await Eventually.TrueAsync(async token => await DatabaseCopy.UndeliveredAsync(h.DatabasePath, [bob], token) == 0, "the outbox to be delivered");

        // The need was stored before the answer went out, and the new process did not handle the command again.
        Assert.Equal(1, Occurrences(Shown.Plain(Assert.Single(h.Answers(mine)).Text), "clinic on Tuesday"));
        Assert.Equal(1, Occurrences(string.Concat(h.Answers(needs).Select(answer => Shown.Plain(answer.Text))), "clinic on Tuesday"));
        Assert.Single(h.Posts, post => Shown.Says(post, "Need #"));

        // Answered once when Discord got the answer before the kill, never when it did not; nobody tried twice.
        var callbacks = h.RequestsOf(need).Where(request => request.Route == Callbacks.Route).ToList();
        if (answerHeld == FakeHoldPoint.AfterHandling)
        {
            Assert.NotNull(need.CallbackType);
            Assert.Equal(204, Assert.Single(callbacks).Status);
        }
        else
        {
            Assert.Null(need.CallbackType);
            Assert.Empty(callbacks);
        }

        // Each process identified on a connection of its own; nothing tried to resume the dead session.
        Assert.Equal([1, 2], h.Gateway.Received.Where(frame => frame.Opcode == Identify).Select(frame => frame.Connection));
        Assert.DoesNotContain(h.Gateway.Received, frame => frame.Opcode == Resume);
        Assert.DoesNotContain(h.Rest.Requests, request => request.Status >= 400);
        Callbacks.EachAnsweredOnce(h.Rest);
    }

    [Fact]
    public async Task A_command_sent_to_the_dead_session_is_lost_with_it_and_the_member_can_give_it_again()
    {
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions { OwnProcess = true });
        var bob = h.Member("bob");
        await h.CommandAsync(bob, "offer", new JsonObject { ["text"] = "cooking hot meals for the week" });

        await h.KillHostAsync();
        var lost = await h.SendCommandAsync(bob, "need", new JsonObject { ["text"] = Need });
        await h.RestartHostAsync();
        var again = await h.CommandAsync(bob, "need", new JsonObject { ["text"] = Need });
        await h.PostSayingAsync("Need #1");

        Assert.Null(lost.CallbackType);
        Assert.Empty(h.RequestsOf(lost));
        Assert.NotEmpty(h.Answers(again));
        var mine = await h.CommandAsync(bob, "mine");
        Assert.Equal(1, Occurrences(Shown.Plain(Assert.Single(h.Answers(mine)).Text), "clinic on Tuesday"));
        Assert.DoesNotContain(h.Rest.Requests, request => request.Status >= 400);
        Callbacks.EachAnsweredOnce(h.Rest);
    }

    private static int Occurrences(string text, string words) => text.Split(words).Length - 1;
}
