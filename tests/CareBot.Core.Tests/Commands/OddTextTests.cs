using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>Text as phones and keyboards really send it: blank-looking characters, line breaks, broken emoji.</summary>
public sealed class OddTextTests
{
    [Theory]
    [InlineData("/offer \u200B\u200B\u200D")]
    [InlineData("/need \u2060\uFEFF \u3164")]
    public async Task A_message_that_shows_nothing_is_refused_and_nothing_is_posted(string command)
    {
        using var h = new EngineHarness();
        await h.Join("bob");

        var answer = await h.Refuses(x => x.Say("bob", command));

        Assert.Contains("empty", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_on_separate_lines_are_separate_words()
    {
        using var h = new EngineHarness();

        var delivered = await h.Accepts(x => x.Say("alice", "/need groceries\nplease"));

        Assert.Contains("groceries", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_on_their_own_line_are_read_as_options()
    {
        using var h = new EngineHarness();
        await h.Join("alice");

        var delivered = await h.Accepts(x => x.Dm("alice", "/need anon\nsomeone to talk to this evening"));

        var post = Assert.Single(delivered.InGroup());
        Assert.Contains("Someone (anonymous)", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("anon\n", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_emoji_is_shown_as_a_replacement_and_the_need_is_posted()
    {
        using var h = new EngineHarness();

        var delivered = await h.Accepts(x => x.Say("alice", "/need a ride \uD83D to the clinic on friday"));

        Assert.Contains("a ride \uFFFD to the clinic", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
    }
}
