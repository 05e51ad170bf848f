using System.Text.RegularExpressions;
using CareBot.Core.Safety;

namespace CareBot.Core.Tests.Safety;

public sealed class BoundedMatchTests
{
    [Fact]
    public void A_match_paused_past_its_time_limit_once_is_read_again_not_taken_as_danger()
    {
        // A busy server paused the thread mid-match: "help moving a sofa" was answered as an emergency.
        var calls = 0;

        var matched = BoundedMatch.IsMatch(() => ++calls == 1 ? throw new RegexMatchTimeoutException() : false, whenUnsure: true);

        Assert.False(matched);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Text_that_runs_out_of_time_every_time_gets_the_safe_answer()
    {
        var calls = 0;

        var matched = BoundedMatch.IsMatch(() => { calls++; throw new RegexMatchTimeoutException(); }, whenUnsure: true);

        Assert.True(matched);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void A_real_timeout_on_hostile_text_still_ends_and_counts_as_a_match()
    {
        var struggling = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(10));

        Assert.True(BoundedMatch.IsMatch(struggling, new string('a', 40) + "!", whenUnsure: true));
    }
}
