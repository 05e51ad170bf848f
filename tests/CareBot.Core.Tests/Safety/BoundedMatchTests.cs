using System.Text.RegularExpressions;
using CareBot.Core.Safety;

namespace CareBot.Core.Tests.Safety;

/// <summary>
/// A safety pattern that runs out of time counts as danger (asking privately is the safe answer), but a thread merely
/// paused on a busy machine must not turn "help moving a sofa" into an emergency.
/// </summary>
public sealed class BoundedMatchTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(200);

    [Fact]
    public void A_match_paused_past_its_time_limit_once_is_read_again_not_taken_as_danger()
    {
        var calls = 0;

        var matched = BoundedMatch.IsMatch(() => ++calls == 1 ? throw new RegexMatchTimeoutException() : false, whenUnsure: true, Limit, NoCpuClock);

        Assert.False(matched);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Text_that_runs_out_of_time_every_time_while_the_thread_works_on_it_gets_the_safe_answer()
    {
        var (calls, cpu) = (0, TimeSpan.Zero);

        var matched = BoundedMatch.IsMatch(
            () =>
            {
                calls++;
                cpu += Limit;
                throw new RegexMatchTimeoutException();
            },
            whenUnsure: true,
            Limit,
            () => cpu);

        Assert.True(matched);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void On_a_starved_machine_timeouts_with_hardly_any_cpu_are_pauses_and_the_words_are_read_for_what_they_say()
    {
        // Measured: under a load average of 20 on two cores, three tries in a row could each be paused past 200 ms, and
        // a need to move a sofa was answered with emergency numbers instead of being posted.
        var (calls, cpu) = (0, TimeSpan.Zero);

        var matched = BoundedMatch.IsMatch(
            () =>
            {
                calls++;
                cpu += TimeSpan.FromMilliseconds(2);
                return calls <= 10 ? throw new RegexMatchTimeoutException() : false;
            },
            whenUnsure: true,
            Limit,
            () => cpu);

        Assert.False(matched);
        Assert.Equal(11, calls);
    }

    [Fact]
    public void Even_a_machine_that_never_gives_the_thread_a_core_ends_in_the_safe_answer()
    {
        var calls = 0;

        var matched = BoundedMatch.IsMatch(() => { calls++; throw new RegexMatchTimeoutException(); }, whenUnsure: true, Limit, () => TimeSpan.Zero);

        Assert.True(matched);
        Assert.InRange(calls, 3, 30);
    }

    [Fact]
    public void Where_the_cpu_time_is_unknown_three_timeouts_in_a_row_get_the_safe_answer()
    {
        var calls = 0;

        var matched = BoundedMatch.IsMatch(() => { calls++; throw new RegexMatchTimeoutException(); }, whenUnsure: true, Limit, NoCpuClock);

        Assert.True(matched);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void A_real_timeout_on_hostile_text_still_ends_and_counts_as_a_match()
    {
        var struggling = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(10));

        Assert.True(BoundedMatch.IsMatch(struggling, new string('a', 40) + "!", whenUnsure: true));
    }

    [Fact]
    public void On_linux_the_threads_own_cpu_time_is_read_and_grows_with_work()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var before = ThreadCpuTime.OfCurrentThread();
        var spin = System.Diagnostics.Stopwatch.StartNew();
        while (spin.ElapsedMilliseconds < 50)
        {
            Thread.SpinWait(1000);
        }

        var after = ThreadCpuTime.OfCurrentThread();

        Assert.NotNull(before);
        Assert.True(after > before, $"{before} then {after}");
    }

    private static TimeSpan? NoCpuClock() => null;
}
