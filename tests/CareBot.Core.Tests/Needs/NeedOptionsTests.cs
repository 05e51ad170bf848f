using System.Globalization;
using CareBot.Core.Needs;

namespace CareBot.Core.Tests.Needs;

public sealed class NeedOptionsTests
{
    /// <summary>A Monday.</summary>
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("anon a ride to the clinic", true, "a ride to the clinic")]
    [InlineData("anonymous someone to talk to", true, "someone to talk to")]
    [InlineData("Anonymously a warm coat", true, "a warm coat")]
    [InlineData("a ride to the clinic", false, "a ride to the clinic")]
    [InlineData("an anon ride", false, "an anon ride")]
    public void Anon_at_the_start_hides_the_name(string arguments, bool anonymous, string text)
    {
        var options = Parsed(arguments);

        Assert.Equal(anonymous, options.Anonymous);
        Assert.Equal(text, options.Text);
    }

    [Theory]
    [InlineData("by friday a ride to the clinic", "2026-11-27", "a ride to the clinic")]
    [InlineData("by Friday, a ride", "2026-11-27", "a ride")]
    [InlineData("by fri a ride", "2026-11-27", "a ride")]
    [InlineData("by monday a ride", "2026-11-30", "a ride")]
    [InlineData("by today a ride", "2026-11-23", "a ride")]
    [InlineData("by tonight a ride", "2026-11-23", "a ride")]
    [InlineData("by tomorrow a ride", "2026-11-24", "a ride")]
    [InlineData("by this friday a ride", "2026-11-27", "a ride")]
    [InlineData("by weekend a ride", "2026-11-28", "a ride")]
    [InlineData("by this weekend a ride", "2026-11-28", "a ride")]
    [InlineData("by the weekend a ride", "2026-11-28", "a ride")]
    [InlineData("by next weekend a ride", "2026-12-05", "a ride")]
    [InlineData("by this week a ride", "2026-11-29", "a ride")]
    [InlineData("by next week a ride", "2026-11-30", "a ride")]
    [InlineData("by 2026-12-01 a ride", "2026-12-01", "a ride")]
    [InlineData("by 2026-12-24. a ride", "2026-12-24", "a ride")]
    [InlineData("by 24/12 a ride", "2026-12-24", "a ride")]
    [InlineData("by 24.12.2026 a ride", "2026-12-24", "a ride")]
    [InlineData("by 24-12-26 a ride", "2026-12-24", "a ride")]
    [InlineData("by 15/01 a ride", "2027-01-15", "a ride")]
    [InlineData("by 24 dec a ride", "2026-12-24", "a ride")]
    [InlineData("by 24th December, a ride", "2026-12-24", "a ride")]
    [InlineData("by 24th of december a ride", "2026-12-24", "a ride")]
    [InlineData("by Dec 24 a ride", "2026-12-24", "a ride")]
    [InlineData("by may 3 a ride", "2027-05-03", "a ride")]
    [InlineData("by 23 nov a ride", "2026-11-23", "a ride")]
    [InlineData("by the 24th a ride", "2026-11-24", "a ride")]
    [InlineData("by the 2nd a ride", "2026-12-02", "a ride")]
    public void By_takes_a_coming_day_in_the_ways_people_write_it(string arguments, string by, string text)
    {
        var options = Parsed(arguments);

        Assert.Equal(DateOnly.Parse(by, CultureInfo.InvariantCulture), options.By);
        Assert.Equal(text, options.Text);
    }

    [Theory]
    [InlineData("by yesterday a ride", "yesterday")]
    [InlineData("by 2020-01-01 a ride", "2020-01-01")]
    [InlineData("by 2025-01-01 a ride", "2025-01-01")]
    [InlineData("by 31/02 a ride", "31/02")]
    [InlineData("by 12/24 a ride", "12/24")]
    [InlineData("by 20/11 a ride", "20/11")]
    [InlineData("by someday a ride", "someday")]
    [InlineData("by soon a ride", "soon")]
    [InlineData("by 5 a ride", "5")]
    [InlineData("by 7,30 a ride", "7,30")]
    [InlineData("by 2026-13-01 a ride", "2026-13-01")]
    [InlineData("by december a ride", "december")]
    [InlineData("by next friday a ride", "next friday")]
    [InlineData("by last week a ride", "last week")]
    [InlineData("by the 99th a ride", "the 99th")]
    [InlineData("by this morning a ride", "this morning")]
    public void By_with_a_date_word_that_is_not_a_coming_day_is_refused_with_an_example(string arguments, string quoted)
    {
        var result = NeedOptions.Parse(arguments, Today);

        Assert.False(result.IsSuccess);
        Assert.Equal(
            $"I couldn't read \"{quoted}\" as a date in the future. Try by friday, by tomorrow or by 2026-12-24.",
            result.Problem!.Message);
    }

    [Theory]
    [InlineData("by the way, my fridge broke")]
    [InlineData("by this point I need a hand with the garden")]
    [InlineData("by may I ask for a lift")]
    [InlineData("by")]
    [InlineData("helpers needed to carry a sofa")]
    [InlineData("helpers")]
    [InlineData("zone")]
    [InlineData("a ride by yesterday, anon please")]
    public void An_option_word_not_followed_by_a_value_stays_text(string arguments)
    {
        var options = Parsed(arguments);

        Assert.Equal(new NeedOptions(false, null, null, 1, arguments), options);
    }

    [Theory]
    [InlineData("zone North a ride", "north", 1, "a ride")]
    [InlineData("helpers 2 hands to move a sofa", null, 2, "hands to move a sofa")]
    [InlineData("helpers two hands to move a sofa", null, 2, "hands to move a sofa")]
    [InlineData("helpers 10 hands", null, 10, "hands")]
    [InlineData("helpers 1 hand", null, 1, "hand")]
    public void Zone_and_helpers_take_the_next_word(string arguments, string? zone, int helpers, string text)
    {
        var options = Parsed(arguments);

        Assert.Equal(zone, options.Zone);
        Assert.Equal(helpers, options.HelpersWanted);
        Assert.Equal(text, options.Text);
    }

    [Theory]
    [InlineData("helpers 0 hands", "at least 1 helper, so \"helpers 0\"")]
    [InlineData("helpers -1 hands", "at least 1 helper, so \"helpers -1\"")]
    [InlineData("helpers 11 hands", "up to 10 helpers")]
    [InlineData("helpers lots of hands", "I couldn't read \"lots\" as a number of helpers. Try helpers 2")]
    [InlineData("helpers many hands", "I couldn't read \"many\" as a number of helpers. Try helpers 2")]
    [InlineData("helpers 2-3 hands", "I couldn't read \"2-3\" as a number of helpers")]
    public void Helpers_with_a_count_that_is_not_1_to_10_is_refused_with_an_example(string arguments, string answer)
    {
        var result = NeedOptions.Parse(arguments, Today);

        Assert.False(result.IsSuccess);
        Assert.Contains(answer, result.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("Try helpers", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_come_in_any_order_and_all_apply()
    {
        var options = Parsed("helpers 2 zone south anon by next week hands to carry a sofa");

        Assert.Equal(new NeedOptions(true, new DateOnly(2026, 11, 30), "south", 2, "hands to carry a sofa"), options);
    }

    [Fact]
    public void A_refused_option_refuses_the_whole_need_wherever_it_stands_among_the_options()
    {
        var result = NeedOptions.Parse("anon zone north by someday helpers 2 a ride", Today);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void An_option_word_after_the_text_has_begun_is_text()
    {
        var options = Parsed("a ride by friday, anon please");

        Assert.False(options.Anonymous);
        Assert.Null(options.By);
        Assert.Equal("a ride by friday, anon please", options.Text);
    }

    [Theory]
    [InlineData("anon a ride to the clinic", "a ride to the clinic")]
    [InlineData("by friday a ride", "a ride")]
    [InlineData("by 24 dec a ride", "a ride")]
    [InlineData("zone north north side needs a ride", "north side needs a ride")]
    [InlineData("helpers 2 2 strong people to lift a piano", "2 strong people to lift a piano")]
    [InlineData("anon a ride\nto the clinic\non friday", "a ride\nto the clinic\non friday")]
    [InlineData("a ride\nto the clinic", "a ride\nto the clinic")]
    public void The_text_keeps_its_line_breaks_and_loses_only_the_leading_options(string arguments, string text)
    {
        var options = Parsed(arguments);

        Assert.Equal(text, options.TextFrom(arguments));
    }

    private static NeedOptions Parsed(string arguments)
    {
        var result = NeedOptions.Parse(arguments, Today);
        Assert.True(result.IsSuccess, result.Problem?.Message);
        return result.Value;
    }
}
