namespace CareBot.ConsoleAdapter.Tests;

/// <summary>Every form of the console protocol, and lines that aren't any of them.</summary>
public sealed class ConsoleLineParserTests
{
    [Theory]
    [InlineData("alice: /need a ride", "alice", "town", "/need a ride")]
    [InlineData("alice@garden: /offer soup", "alice", "garden", "/offer soup")]
    [InlineData("alice@dm: /mine", "alice", null, "/mine")]
    [InlineData("alice@DM: /mine", "alice", null, "/mine")]
    [InlineData("  bob :   /claim 1  ", "bob", "town", "/claim 1")]
    [InlineData("bob.smith-2_x@the-garden.2: /help", "bob.smith-2_x", "the-garden.2", "/help")]
    [InlineData("alice: /need help at 10:30: the clinic", "alice", "town", "/need help at 10:30: the clinic")]
    [InlineData("alice: just chatting", "alice", "town", "just chatting")]
    [InlineData("alice:", "alice", "town", "")]
    [InlineData("ALICE: /start", "ALICE", "town", "/start")]
    public void A_line_someone_says_names_who_where_and_what(string line, string user, string? group, string text)
    {
        var say = Assert.IsType<ConsoleInput.Say>(ConsoleLineParser.Parse(line));

        Assert.Equal(user, say.User);
        Assert.Equal(group, say.Group);
        Assert.Equal(group is null, say.IsPrivate);
        Assert.Equal(text, say.Text);
    }

    [Theory]
    [InlineData(":advance 2d", 2 * 24 * 60)]
    [InlineData(":advance 3h", 3 * 60)]
    [InlineData(":advance 30m", 30)]
    [InlineData(":ADVANCE 1D", 24 * 60)]
    [InlineData("  :advance   90m  ", 90)]
    [InlineData(":advance 10000m", 10_000)]
    public void Advance_moves_the_clock_by_days_hours_or_minutes(string line, int minutes)
    {
        var advance = Assert.IsType<ConsoleInput.Advance>(ConsoleLineParser.Parse(line));

        Assert.Equal(TimeSpan.FromMinutes(minutes), advance.By);
    }

    [Theory]
    [InlineData(":admin alice", "alice", "town")]
    [InlineData(":admin alice@garden", "alice", "garden")]
    [InlineData(":Admin  carol ", "carol", "town")]
    public void Admin_makes_someone_an_admin_of_a_group(string line, string user, string group)
    {
        var admin = Assert.IsType<ConsoleInput.Admin>(ConsoleLineParser.Parse(line));

        Assert.Equal(user, admin.User);
        Assert.Equal(group, admin.Group);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData("# a comment")]
    [InlineData("   # an indented comment: with a colon")]
    public void Blank_lines_and_comments_do_nothing(string line) =>
        Assert.IsType<ConsoleInput.Nothing>(ConsoleLineParser.Parse(line));

    [Theory]
    [InlineData("no colon here", "expected `name: /command`")]
    [InlineData("/need a ride", "expected `name: /command`")]
    [InlineData("al ice: /need a ride", "a name is")]
    [InlineData("@garden: /need a ride", "a name is")]
    [InlineData("alice@: /need a ride", "a group name is")]
    [InlineData("alice@the garden: /need", "a group name is")]
    [InlineData("alice@dm@x: /need", "a group name is")]
    [InlineData("ålice: /need a ride", "a name is")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: /help", "up to 32 characters")]
    [InlineData("alice\u0007: /help", "a name is")]
    [InlineData(":advance", "`:advance` takes a duration")]
    [InlineData(":advance soon", "`:advance` takes a duration")]
    [InlineData(":advance 2w", "`:advance` takes a duration")]
    [InlineData(":advance -2d", "`:advance` takes a duration")]
    [InlineData(":advance 0d", "`:advance` takes a duration")]
    [InlineData(":advance 2", "`:advance` takes a duration")]
    [InlineData(":advance 10001d", "`:advance` takes a duration")]
    [InlineData(":advance 99999999999d", "`:advance` takes a duration")]
    [InlineData(":admin", "a name is")]
    [InlineData(":admin alice@dm", "admins are admins of a group")]
    [InlineData(":teleport alice", "unknown directive :teleport")]
    [InlineData(": /need a ride", "unknown directive")]
    public void A_line_that_is_none_of_the_forms_says_why(string line, string reason)
    {
        var invalid = Assert.IsType<ConsoleInput.Invalid>(ConsoleLineParser.Parse(line));

        Assert.Contains(reason, invalid.Reason, StringComparison.Ordinal);
    }
}
