using CareBot.Telegram.Rendering;

namespace CareBot.Telegram.Tests.Rendering;

public sealed class TextSplitterTests
{
    private static IReadOnlyList<Piece> Text(params string[] lines)
    {
        var pieces = new List<Piece>();
        foreach (var line in lines)
        {
            if (pieces.Count > 0)
            {
                pieces.Add(Piece.LineBreak);
            }

            pieces.Add(new Piece(line));
        }

        return pieces;
    }

    private static string[] Split(int limit, params string[] lines) =>
        [.. TextSplitter.Split(Text(lines), limit).Select(part => string.Concat(part.Select(piece => piece.Text)))];

    [Theory]
    [InlineData(10, new[] { "short" }, new[] { "short" })]
    [InlineData(11, new[] { "aaaaa", "bbbbb" }, new[] { "aaaaa\nbbbbb" })]
    [InlineData(10, new[] { "aaaaa", "bbbbb" }, new[] { "aaaaa", "bbbbb" })]
    [InlineData(10, new[] { "aaa", "bbb", "ccc", "ddd" }, new[] { "aaa\nbbb", "ccc\nddd" })]
    [InlineData(10, new[] { "one two three four" }, new[] { "one two ", "three four" })]
    [InlineData(9, new[] { "one two three four" }, new[] { "one two ", "three ", "four" })]
    [InlineData(5, new[] { "abcdefghij" }, new[] { "abcde", "fghij" })]
    [InlineData(10, new[] { "aaa", "", "", "bbb" }, new[] { "aaa\n\n\nbbb" })]
    [InlineData(4, new[] { "aaa", "   ", "bbb" }, new[] { "aaa", "bbb" })]
    public void Messages_split_between_lines_then_between_words_then_anywhere(int limit, string[] lines, string[] parts)
    {
        Assert.Equal(parts, Split(limit, lines));
    }

    [Fact]
    public void A_cut_never_separates_the_halves_of_an_emoji()
    {
        var parts = Split(5, "abcd🎉efgh");

        Assert.Equal(["abcd", "🎉efg", "h"], parts);
    }

    [Fact]
    public void A_styled_span_cut_in_two_keeps_its_style_in_both_parts()
    {
        var parts = TextSplitter.Split([new Piece("one two three", PieceStyle.Bold)], 8);

        Assert.Equal(["<b>one two </b>", "<b>three</b>"], parts.Select(part => string.Concat(part.Select(piece => piece.ToHtml()))));
    }

    [Fact]
    public void Escaping_does_not_count_towards_the_limit_because_Telegram_counts_the_text_it_shows()
    {
        var line = new string('&', 4096);

        var parts = TextSplitter.Split([new Piece(line)]);

        Assert.Single(parts);
        Assert.Equal(4096 * 5, parts[0][0].ToHtml().Length);
    }
}
