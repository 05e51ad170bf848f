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
        var options = NeedOptions.Parse(arguments, Today);

        Assert.Equal(anonymous, options.Anonymous);
        Assert.Equal(text, options.Text);
    }

    [Theory]
    [InlineData("by friday a ride to the clinic", "2026-11-27", "a ride to the clinic")]
    [InlineData("by Friday, a ride", "2026-11-27", "a ride")]
    [InlineData("by monday a ride", "2026-11-30", "a ride")]
    [InlineData("by today a ride", "2026-11-23", "a ride")]
    [InlineData("by tomorrow a ride", "2026-11-24", "a ride")]
    [InlineData("by 2026-12-01 a ride", "2026-12-01", "a ride")]
    public void By_takes_a_day_name_a_relative_day_or_an_iso_date(string arguments, string by, string text)
    {
        var options = NeedOptions.Parse(arguments, Today);

        Assert.Equal(DateOnly.Parse(by, System.Globalization.CultureInfo.InvariantCulture), options.By);
        Assert.Equal(text, options.Text);
    }

    [Theory]
    [InlineData("by the way, my fridge broke")]
    [InlineData("by 2025-01-01 a ride")]
    [InlineData("by 5 a ride")]
    [InlineData("by 7,30 a ride")]
    [InlineData("by 31-12-2026 a ride")]
    [InlineData("by")]
    public void By_followed_by_anything_but_a_coming_date_stays_text(string arguments)
    {
        var options = NeedOptions.Parse(arguments, Today);

        Assert.Null(options.By);
        Assert.Equal(arguments, options.Text);
    }

    [Theory]
    [InlineData("zone North a ride", "north", 1, "a ride")]
    [InlineData("helpers 2 hands to move a sofa", null, 2, "hands to move a sofa")]
    [InlineData("helpers 10 hands", null, 10, "hands")]
    [InlineData("helpers 11 hands", null, 11, "hands")]
    [InlineData("helpers 0 hands", null, 1, "helpers 0 hands")]
    [InlineData("helpers many hands", null, 1, "helpers many hands")]
    [InlineData("zone", null, 1, "zone")]
    public void Zone_and_helpers_take_the_next_word(string arguments, string? zone, int helpers, string text)
    {
        var options = NeedOptions.Parse(arguments, Today);

        Assert.Equal(zone, options.Zone);
        Assert.Equal(helpers, options.HelpersWanted);
        Assert.Equal(text, options.Text);
    }

    [Fact]
    public void Options_come_in_any_order_and_all_apply()
    {
        var options = NeedOptions.Parse("helpers 2 zone south anon by tomorrow hands to carry a sofa", Today);

        Assert.Equal(new NeedOptions(true, Today.AddDays(1), "south", 2, "hands to carry a sofa"), options);
    }

    [Fact]
    public void An_option_word_after_the_text_has_begun_is_text()
    {
        var options = NeedOptions.Parse("a ride by friday, anon please", Today);

        Assert.False(options.Anonymous);
        Assert.Null(options.By);
        Assert.Equal("a ride by friday, anon please", options.Text);
    }

    [Theory]
    [InlineData("anon a ride to the clinic", "a ride to the clinic")]
    [InlineData("by friday a ride", "a ride")]
    [InlineData("zone north north side needs a ride", "north side needs a ride")]
    [InlineData("helpers 2 2 strong people to lift a piano", "2 strong people to lift a piano")]
    [InlineData("anon a ride\nto the clinic\non friday", "a ride\nto the clinic\non friday")]
    [InlineData("a ride\nto the clinic", "a ride\nto the clinic")]
    public void The_text_keeps_its_line_breaks_and_loses_only_the_leading_options(string arguments, string text)
    {
        var options = NeedOptions.Parse(arguments, Today);

        Assert.Equal(text, options.TextFrom(arguments));
    }
}
