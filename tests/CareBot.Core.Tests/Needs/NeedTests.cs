using CareBot.Core.Needs;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Needs;

public sealed class NeedTests
{
    private const int Helper = 2;
    private const int Other = 3;
    private static readonly DateTimeOffset Later = NeedBuilder.CreatedAt.AddDays(1);

    [Fact]
    public void A_new_need_is_open_and_due_for_its_first_rhythm()
    {
        var need = new NeedBuilder().Build();

        Assert.Equal(NeedState.Open, need.State);
        Assert.True(need.IsActive);
        Assert.Equal(NeedBuilder.CreatedAt.AddDays(14), need.ExpiresAt);
        Assert.Equal(NeedBuilder.CreatedAt.AddDays(3), need.NextRhythmAt);
    }

    [Fact]
    public void Claiming_an_open_need_moves_it_to_claimed_and_schedules_the_follow_up()
    {
        var need = new NeedBuilder().Build();

        Assert.Null(need.Claim(Helper, Later));

        Assert.Equal(NeedState.Claimed, need.State);
        Assert.Equal([Helper], need.HelperIds);
        Assert.Equal(Later, need.ClaimedAt);
        Assert.Equal(Later + Need.FollowUpAfter, need.NextRhythmAt);
    }

    [Fact]
    public void A_need_for_two_helpers_stays_open_until_the_second_claims()
    {
        var need = new NeedBuilder().Wanting(2).Build();

        Assert.Null(need.Claim(Helper, Later));
        Assert.Equal(NeedState.Open, need.State);
        Assert.Null(need.Claim(Other, Later));
        Assert.Equal(NeedState.Claimed, need.State);
        Assert.Equal([Helper, Other], need.HelperIds);
    }

    [Fact]
    public void The_requester_cannot_claim_their_own_need()
    {
        var need = new NeedBuilder().Build();

        Assert.Contains("your own need", need.Claim(NeedBuilder.Requester, Later)?.Message, StringComparison.Ordinal);
        Assert.Equal(NeedState.Open, need.State);
        Assert.Empty(need.HelperIds);
    }

    [Fact]
    public void Nobody_claims_twice()
    {
        var need = new NeedBuilder().Wanting(2).ClaimedBy(Helper).Build();

        Assert.Contains("already helping", need.Claim(Helper, Later)?.Message, StringComparison.Ordinal);
        Assert.Equal([Helper], need.HelperIds);
    }

    [Fact]
    public void A_claimed_need_cannot_be_claimed_by_someone_else()
    {
        var need = new NeedBuilder().ClaimedBy(Helper).Build();

        Assert.Contains("already has the help", need.Claim(Other, Later)?.Message, StringComparison.Ordinal);
        Assert.Equal([Helper], need.HelperIds);
    }

    [Theory]
    [InlineData(NeedState.Done)]
    [InlineData(NeedState.Cancelled)]
    [InlineData(NeedState.Expired)]
    public void A_closed_need_cannot_be_claimed_passed_kept_cancelled_or_finished_again(NeedState closed)
    {
        var need = Closed(closed);

        Assert.NotNull(need.Claim(Other, Later));
        Assert.NotNull(need.Pass(Other, Later));
        Assert.NotNull(need.MarkDone(NeedBuilder.Requester, null, Later));
        Assert.NotNull(need.Cancel(Later));
        Assert.NotNull(need.Expire(Later));
        Assert.NotNull(need.KeepOpen(NeedBuilder.Requester, Later, 14, 3));
        Assert.NotNull(need.FallThrough(NeedBuilder.Requester, Later));
        Assert.Equal(closed, need.State);
        Assert.Null(need.NextRhythmAt);
    }

    [Theory]
    [InlineData(NeedState.Done)]
    [InlineData(NeedState.Cancelled)]
    [InlineData(NeedState.Expired)]
    public void Closing_a_need_drops_who_was_asked_and_who_passed_but_keeps_the_requester_and_helpers(NeedState closed)
    {
        var need = new NeedBuilder().Wanting(2).Build();
        need.RecordWave([Helper, Other, 4], NeedBuilder.CreatedAt, TimeSpan.FromHours(12));
        Assert.Null(need.Pass(Other, NeedBuilder.CreatedAt));
        if (closed != NeedState.Expired)
        {
            Assert.Null(need.Claim(Helper, NeedBuilder.CreatedAt));
        }

        Assert.Null(closed switch
        {
            NeedState.Done => need.MarkDone(NeedBuilder.Requester, null, Later),
            NeedState.Cancelled => need.Cancel(Later),
            _ => need.Expire(Later),
        });

        Assert.Empty(need.AskedIds);
        Assert.Empty(need.PassedIds);
        Assert.Equal(NeedBuilder.Requester, need.RequesterId);
        Assert.Equal(closed == NeedState.Expired ? [] : [Helper], need.HelperIds);
    }

    [Fact]
    public void The_requester_can_mark_an_open_need_done()
    {
        var need = new NeedBuilder().Build();

        Assert.Null(need.MarkDone(NeedBuilder.Requester, "thank you all", Later));

        Assert.Equal(NeedState.Done, need.State);
        Assert.Equal("thank you all", need.Thanks);
        Assert.Equal(Later, need.ClosedAt);
    }

    [Fact]
    public void A_helper_can_mark_a_claimed_need_done()
    {
        var need = new NeedBuilder().ClaimedBy(Helper).Build();

        Assert.Null(need.MarkDone(Helper, null, Later));

        Assert.Equal(NeedState.Done, need.State);
    }

    [Fact]
    public void A_stranger_cannot_mark_a_need_done()
    {
        var need = new NeedBuilder().ClaimedBy(Helper).Build();

        Assert.Contains("Only the person who asked", need.MarkDone(Other, null, Later)?.Message, StringComparison.Ordinal);
        Assert.Equal(NeedState.Claimed, need.State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_and_claimed_needs_can_be_cancelled(bool claimed)
    {
        var need = claimed ? new NeedBuilder().ClaimedBy(Helper).Build() : new NeedBuilder().Build();

        Assert.Null(need.Cancel(Later));

        Assert.Equal(NeedState.Cancelled, need.State);
        Assert.False(need.IsActive);
    }

    [Fact]
    public void Only_an_open_need_expires()
    {
        var open = new NeedBuilder().Build();
        var claimed = new NeedBuilder().ClaimedBy(Helper).Build();

        Assert.Null(open.Expire(Later));
        Assert.NotNull(claimed.Expire(Later));

        Assert.Equal(NeedState.Expired, open.State);
        Assert.Equal(NeedState.Claimed, claimed.State);
    }

    [Fact]
    public void A_helper_who_passes_reopens_the_need_and_is_not_asked_again()
    {
        var need = new NeedBuilder().ClaimedBy(Helper).Build();

        Assert.Null(need.Pass(Helper, Later));

        Assert.Equal(NeedState.Open, need.State);
        Assert.Empty(need.HelperIds);
        Assert.True(need.HasPassed(Helper));
        Assert.Equal(Later, need.NextWaveAt);
        Assert.Contains("already passed", need.Pass(Helper, Later)?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_requester_cannot_pass_on_their_own_need()
    {
        var need = new NeedBuilder().Build();

        Assert.NotNull(need.Pass(NeedBuilder.Requester, Later));
        Assert.Empty(need.PassedIds);
    }

    [Fact]
    public void A_claimed_need_that_fell_through_is_open_again_with_no_helpers()
    {
        var need = new NeedBuilder().ClaimedBy(Helper).Build();

        Assert.Null(need.FallThrough(NeedBuilder.Requester, Later));

        Assert.Equal(NeedState.Open, need.State);
        Assert.Empty(need.HelperIds);
        Assert.Null(need.ClaimedAt);
        Assert.Equal(Later, need.NextRhythmAt);
    }

    [Fact]
    public void Only_the_people_involved_can_say_it_fell_through_and_only_once_claimed()
    {
        var claimed = new NeedBuilder().ClaimedBy(Helper).Build();
        var open = new NeedBuilder().Build();

        Assert.NotNull(claimed.FallThrough(Other, Later));
        Assert.NotNull(open.FallThrough(NeedBuilder.Requester, Later));
        Assert.Equal(NeedState.Claimed, claimed.State);
    }

    [Fact]
    public void Keeping_a_need_open_moves_its_expiry_and_next_check_later()
    {
        var need = new NeedBuilder().Build();
        var at = NeedBuilder.CreatedAt.AddDays(10);

        Assert.Null(need.KeepOpen(NeedBuilder.Requester, at, 14, 3));

        Assert.Equal(at.AddDays(14), need.ExpiresAt);
        Assert.Equal(at.AddDays(3), need.StillNeededAt);
    }

    [Fact]
    public void Only_the_requester_keeps_a_need_open()
    {
        var need = new NeedBuilder().Build();

        Assert.NotNull(need.KeepOpen(Other, Later, 14, 3));
        Assert.Equal(NeedBuilder.CreatedAt.AddDays(14), need.ExpiresAt);
    }

    [Fact]
    public void Only_the_requester_of_an_anonymous_need_can_reveal_themselves_and_only_once()
    {
        var need = new NeedBuilder().Anonymous().ClaimedBy(Helper).Build();

        Assert.NotNull(need.RevealRequester(Helper));
        Assert.False(need.RequesterRevealed);
        Assert.Null(need.RevealRequester(NeedBuilder.Requester));
        Assert.True(need.RequesterRevealed);
        Assert.NotNull(need.RevealRequester(NeedBuilder.Requester));
    }

    [Fact]
    public void Consent_to_share_the_name_covers_the_helpers_of_that_moment_not_whoever_claims_later()
    {
        var need = new NeedBuilder().Anonymous().Wanting(2).ClaimedBy(Helper).Build();
        Assert.Null(need.RevealRequester(NeedBuilder.Requester));

        Assert.Null(need.Claim(Other, Later));

        Assert.False(need.RequesterRevealed);
        Assert.Null(need.RevealRequester(NeedBuilder.Requester));
    }

    [Fact]
    public void There_is_nothing_to_reveal_on_a_need_that_was_not_anonymous()
    {
        var need = new NeedBuilder().ClaimedBy(Helper).Build();

        Assert.NotNull(need.RevealRequester(NeedBuilder.Requester));
    }

    [Fact]
    public void A_wave_remembers_who_was_asked_and_when_the_next_is_due()
    {
        var need = new NeedBuilder().Build();

        need.RecordWave([Helper, Other], Later, TimeSpan.FromHours(12));
        need.RecordWave([Other], Later, TimeSpan.FromHours(12));

        Assert.Equal([Helper, Other], need.AskedIds);
        Assert.Equal(2, need.Waves);
        Assert.Equal(Later.AddHours(12), need.NextRhythmAt);
    }

    [Fact]
    public void Forgetting_the_requester_leaves_the_need_unattributed()
    {
        var need = new NeedBuilder().Build();
        need.RecordWave([Helper], Later, TimeSpan.FromHours(12));
        Assert.Null(need.Pass(Helper, Later));

        need.ForgetMember(NeedBuilder.Requester);
        need.ForgetMember(Helper);

        Assert.Null(need.RequesterId);
        Assert.Empty(need.AskedIds);
        Assert.Empty(need.PassedIds);
    }

    private static Need Closed(NeedState state)
    {
        var need = new NeedBuilder().Build();
        var problem = state switch
        {
            NeedState.Done => need.MarkDone(NeedBuilder.Requester, null, Later),
            NeedState.Cancelled => need.Cancel(Later),
            NeedState.Expired => need.Expire(Later),
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        Assert.Null(problem);
        return need;
    }
}
