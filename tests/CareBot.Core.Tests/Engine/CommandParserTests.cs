using CareBot.Core.Engine;

namespace CareBot.Core.Tests.Engine;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("/need a ride", "need", "a ride")]
    [InlineData("/need@carebot a ride", "need", "a ride")]
    [InlineData("/NEED@CareBot   a ride  ", "need", "a ride")]
    [InlineData("   /needs", "needs", "")]
    [InlineData("/claim 12", "claim", "12")]
    [InlineData("/help_with 3", "help_with", "3")]
    [InlineData("/need a ride\nto the clinic", "need", "a ride\nto the clinic")]
    [InlineData("/need\ta ride", "need", "a ride")]
    [InlineData("/foo", "foo", "")]
    public void Commands_are_split_into_a_lower_case_name_and_their_text(string text, string name, string arguments)
    {
        var parsed = CommandParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(name, parsed.Name);
        Assert.Equal(arguments, parsed.Arguments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("hello everyone")]
    [InlineData("/ need a ride")]
    [InlineData("//need a ride")]
    [InlineData("/@carebot")]
    [InlineData("/néed a ride")]
    [InlineData("/need-a-ride")]
    [InlineData("/need.now")]
    [InlineData("/abcdefghijabcdefghijabcdefghijabc x")]
    [InlineData("need /help")]
    public void Text_that_is_not_a_well_formed_command_is_not_taken_as_one(string text)
    {
        Assert.Null(CommandParser.Parse(text));
    }

    [Fact]
    public void A_name_of_exactly_the_longest_length_is_still_a_command()
    {
        var name = new string('a', CommandParser.MaxNameLength);

        Assert.Equal(name, CommandParser.Parse("/" + name)?.Name);
    }
}
