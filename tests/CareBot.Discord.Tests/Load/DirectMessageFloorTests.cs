namespace CareBot.Discord.Tests.Load;

/// <summary>The benchmark's floor: the least time Discord's limits allow, from the state the bot was really in.</summary>
public sealed class DirectMessageFloorTests
{
    private static readonly DateTimeOffset FirstNeed = new(2026, 12, 3, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Requests_made_in_the_second_before_the_burst_still_count_against_the_ideal_sender()
    {
        var dms = Members(50).Select(member => Dm(member, FirstNeed)).ToList();
        var openedAtStart = Members(50).ToHashSet();
        var sentHalfASecondBefore = Enumerable.Repeat(FirstNeed - TimeSpan.FromMilliseconds(500), 50).ToList();

        var free = DirectMessageFloor.LastSend(dms, openAtStart: openedAtStart);
        var counted = DirectMessageFloor.LastSend(dms, countedBefore: sentHalfASecondBefore, openAtStart: openedAtStart);

        Assert.Equal(FirstNeed, free);
        Assert.Equal(FirstNeed + TimeSpan.FromMilliseconds(500), counted);
    }

    [Fact]
    public void The_ideal_sender_opens_a_members_channel_from_their_first_command()
    {
        // Fifty members typed a command two seconds before the first need; each gets one DM from it.
        var dms = Members(50).Select(member => Dm(member, FirstNeed)).ToList();
        var firstCommands = Members(50).ToDictionary(member => member, _ => FirstNeed - TimeSpan.FromSeconds(2));

        var openedOnlyWhenNeeded = DirectMessageFloor.LastSend(dms);
        var openedAhead = DirectMessageFloor.LastSend(dms, firstCommands);

        // Opened at the DMs' cause, the fifty openings fill the first second and the DMs wait for the next.
        Assert.Equal(FirstNeed + TimeSpan.FromSeconds(1), openedOnlyWhenNeeded);
        Assert.Equal(FirstNeed, openedAhead);
    }

    [Fact]
    public void A_dm_waits_for_its_channel_to_be_opened_and_does_not_take_the_openings_place()
    {
        // One place is free at the first need, and the member's channel is still to open.
        var sentBefore = Enumerable.Repeat(FirstNeed - TimeSpan.FromMilliseconds(500), 49).ToList();

        var last = DirectMessageFloor.LastSend([Dm(1, FirstNeed)], countedBefore: sentBefore);

        Assert.Equal(FirstNeed + TimeSpan.FromMilliseconds(500), last);
    }

    private static IEnumerable<ulong> Members(int count) => Enumerable.Range(1, count).Select(member => (ulong)member);

    private static DirectMessageCause Dm(ulong member, DateTimeOffset causedAt) => new(member, causedAt, causedAt);
}
