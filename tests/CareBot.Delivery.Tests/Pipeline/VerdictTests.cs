using CareBot.Core.Outbox;
using CareBot.Delivery.Tests.Support;

namespace CareBot.Delivery.Tests.Pipeline;

/// <summary>What each of the platform's answers does to the message, its destination, and everything else.</summary>
public sealed class VerdictTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_retry_blocks_its_chat_until_the_delay_and_nothing_overtakes_it_while_other_chats_carry_on()
    {
        await using var rig = PipelineHarness.OnFakeClock();
        rig.Platform.Answer("a1", new DeliveryVerdict(VerdictKind.RetryLater, TimeSpan.FromSeconds(5), "flood wait"));
        await rig.Post("hall", "ann", "a1");
        await rig.Post("hall", "bob", "b1");
        await rig.Post("porch", "cara", "c1");
        await rig.StartAsync();
        await rig.Calls.WaitForRequests("a1");
        await rig.Calls.WaitForRequests("c1");

        // Written during the wait, by someone else: still after a1.
        await rig.Post("hall", "dan", "d1");
        await rig.Post("porch", "cara", "c2");
        await rig.Calls.WaitForRequests("c2");
        await rig.Advance(TimeSpan.FromSeconds(4.9), Step);
        var hallBeforeTheDelay = rig.Calls.Requests.Where(call => call.Destination == "hall").Select(call => call.Tag).ToList();
        await rig.AdvanceUntil(() => rig.Calls.Requests.Any(call => call.Tag == "d1"), Step, TimeSpan.FromSeconds(10));
        await rig.Calls.WaitForRequests("d1");

        var hall = rig.Calls.Requests.Where(call => call.Destination == "hall").ToList();
        Assert.Equal(["a1"], hallBeforeTheDelay);
        Assert.Equal(["a1", "a1", "b1", "d1"], hall.Select(call => call.Tag));
        Assert.True(hall[1].RequestedAt >= PipelineHarness.Start.AddSeconds(5), $"retried at {hall[1].RequestedAt:O}");
        Assert.All(rig.Calls.Requests.Where(call => call.Destination == "porch"), call => Assert.Equal(PipelineHarness.Start, call.RequestedAt));
    }

    [Fact]
    public async Task A_message_sent_is_erased_from_the_outbox()
    {
        await using var rig = PipelineHarness.RealTime();
        await rig.Post("hall", "ann", "a1");
        var a1 = Assert.Single(rig.Pending());
        await rig.Post("hall", "ann", "a2");
        await rig.StartAsync();

        // The lane records a1's outcome before it takes a2.
        await rig.Calls.WaitForRequests("a2");

        Assert.Null(rig.Stored(a1.Id));
    }

    [Fact]
    public async Task A_private_message_the_person_cannot_receive_is_held_and_they_are_invited_in_their_group()
    {
        await using var rig = PipelineHarness.RealTime();
        rig.Platform.Answer("@ann", DeliveryVerdict.Hold(UnreachableNotice.InviteInGroup, "ann never opened a chat with the bot"));
        await rig.Post("hall", "ann", "a1");
        await rig.StartAsync();
        await rig.Calls.WaitForRequests("a1");

        // /mine in the group is answered privately: that is the message ann can't receive yet.
        await rig.Post("hall", "ann", "mine");
        await rig.Calls.WaitForRequests("@hall");
        var held = Assert.Single(rig.HeldFor("ann"));
        await rig.Tell("ann", "a2");
        await rig.Calls.WaitForRequests("a2");

        Assert.Equal(OutboxStatus.Held, held.Status);
        Assert.Equal("ann never opened a chat with the bot", held.LastError);
        Assert.Single(rig.Calls.All, call => call.Tag == "@ann");
    }

    [Fact]
    public async Task A_message_refused_for_good_is_kept_as_failed_and_never_tried_again()
    {
        await using var rig = PipelineHarness.OnFakeClock();
        rig.Platform.Answer("a1", DeliveryVerdict.Fail("chat not found"));
        await rig.Post("hall", "ann", "a1");
        var a1 = Assert.Single(rig.Pending());
        await rig.Post("hall", "ann", "a2");
        await rig.StartAsync();
        await rig.Calls.WaitForRequests("a2");

        // Well past the longest backoff, with more work for the same chat.
        await rig.Advance(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(10));
        await rig.Post("hall", "ann", "a3");
        await rig.Calls.WaitForRequests("a3");

        var stored = rig.Stored(a1.Id);
        Assert.NotNull(stored);
        Assert.Equal(OutboxStatus.Failed, stored.Status);
        Assert.Equal("chat not found", stored.LastError);
        Assert.Single(rig.Calls.All, call => call.Tag == "a1");
    }

    [Fact]
    public async Task Rejected_credentials_are_reported_once_and_nothing_more_goes_to_that_chat()
    {
        await using var rig = PipelineHarness.OnFakeClock();

        // Refused credentials stay refused: every attempt would be answered the same.
        rig.Platform.Answer("a1", [.. Enumerable.Repeat(DeliveryVerdict.Fatal("401 Unauthorized"), 100)]);
        await rig.Post("hall", "ann", "a1");
        await rig.Post("hall", "ann", "a2");
        await rig.StartAsync();
        await rig.Calls.WaitForAnswer("a1");

        // Time passes and more is written for the chat, as happens before the host has stopped.
        await rig.Advance(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500));
        await rig.Post("hall", "bob", "b1");
        await rig.Advance(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500));

        Assert.Equal(["401 Unauthorized"], rig.Platform.Rejections);
        Assert.Equal(["a1"], rig.Calls.All.Where(call => call.Destination == "hall").Select(call => call.Tag));
    }
}
