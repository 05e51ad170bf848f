using CareBot.Core.Safety;

namespace CareBot.Core.Tests.Safety;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("a ride to the clinic")]
    [InlineData("two lines\nof text")]
    [InlineData("tabs\tand\r\nwindows line ends")]
    [InlineData("émoji 🚗 and ünïcode, العربية, 日本語")]
    [InlineData("a zero\u200Dwidth joiner in 👩‍👩‍👧")]
    public void Ordinary_text_passes(string text)
    {
        Assert.Null(TextRules.Check(text, 1000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    public void Empty_text_is_refused(string text)
    {
        Assert.Equal("That message is empty.", TextRules.Check(text, 1000)?.Message);
    }

    [Theory]
    [InlineData("soup", 10, "soup")]
    [InlineData("a ride to the clinic", 10, "a ride to…")]
    [InlineData("ab😊😊😊", 6, "ab😊…")]
    [InlineData("abc😊😊😊", 5, "abc…")]
    [InlineData("abc😊😊😊", 6, "abc😊…")]
    public void Clipped_text_ends_in_an_ellipsis_and_never_in_half_an_emoji(string text, int max, string clipped)
    {
        Assert.Equal(clipped, TextRules.Clip(text, max));
    }

    [Fact]
    public void Ten_thousand_characters_are_refused_with_the_count_and_the_limit()
    {
        var problem = TextRules.Check(new string('a', 10_000), TextRules.MaxNeedOrOfferLength);

        Assert.NotNull(problem);
        Assert.Contains("10,000", problem.Message, StringComparison.Ordinal);
        Assert.Contains("1,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_of_exactly_the_limit_passes()
    {
        Assert.Null(TextRules.Check(new string('a', TextRules.MaxNeedOrOfferLength), TextRules.MaxNeedOrOfferLength));
    }

    [Theory]
    [InlineData("bell\u0007")]
    [InlineData("nul\u0000")]
    [InlineData("escape\u001B[31m red")]
    [InlineData("delete\u007F")]
    [InlineData("c1 control \u0085")]
    public void Control_characters_are_refused(string text)
    {
        Assert.Contains("control characters", TextRules.Check(text, 1000)?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void Bidirectional_overrides_embeddings_and_isolates_are_refused(char bidi)
    {
        Assert.NotNull(TextRules.Check($"pay to {bidi}evil{bidi} please", 1000));
    }

    [Theory]
    [InlineData("  a   ride  ", "a ride")]
    [InlineData("a\tride", "a ride")]
    [InlineData("line one  \r\n  line two", "line one\nline two")]
    [InlineData("\n\na ride\n\n", "a ride")]
    public void Normalizing_collapses_spaces_and_keeps_line_breaks(string text, string normalized)
    {
        Assert.Equal(normalized, TextRules.Normalize(text));
    }
}
