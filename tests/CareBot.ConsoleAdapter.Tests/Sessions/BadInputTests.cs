using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>Every kind of bad input gets a clear answer and changes nothing.</summary>
public sealed class BadInputTests : ConsoleTest
{
    private static readonly string[] Setup =
    [
        "bob: /offer rides to appointments, I have a car",
        "alice: /need a ride to the clinic on friday",
        "carol: /start",
        "dave: /start",
    ];

    [Theory]
    [InlineData("alice: /frobnicate", "I don't know /frobnicate")]
    [InlineData("alice@dm: /frobnicate now", "I don't know /frobnicate")]
    [InlineData("alice: /need", "What do you need?")]
    [InlineData("bob: /offer", "/offer")]
    [InlineData("bob: /claim", "Which need?")]
    [InlineData("bob: /claim 99", "There's no need #99 in town")]
    [InlineData("bob: /claim two", "isn't a need number")]
    [InlineData("bob: /claim -1", "isn't a need number")]
    [InlineData("bob: /claim 99999999999999999999", "isn't a need number")]
    [InlineData("alice: /claim 1", "is your own need")]
    [InlineData("carol: /cancel 1", "Only the person who asked for #1, or an admin, can cancel it")]
    [InlineData("carol: /done 1", "Only the person who asked for #1 or someone helping with it can mark it done")]
    [InlineData("carol: /fellthrough 1", "Only the person who asked for #1 or someone helping with it")]
    [InlineData("carol@dm: /reveal 1", "Only the person who asked for #1 can share who they are")]
    [InlineData("carol: /withdraw 1", "You have no active offer no. 1")]
    [InlineData("carol: /me cap 0", "a number from 1 to 20")]
    [InlineData("carol: /me cap", "Settings come in pairs")]
    [InlineData("carol: /me quiet 25-08", "Quiet hours are start-end")]
    [InlineData("carol: /me tz Mars/Olympus", "I don't know the time zone")]
    [InlineData("carol: /me colour blue", "I don't know the setting")]
    [InlineData("carol: /pause forever", "A break is a number of days")]
    [InlineData("carol: /resume", "You're not on a break")]
    [InlineData("carol: /need a", "Could you say a little more?")]
    [InlineData("carol: /need help with\u0007 the shopping", "control characters")]
    [InlineData("carol: /need help with\u202E the shopping", "control characters")]
    [InlineData("carol: /offer lifts\u0000 and more", "control characters")]
    public async Task A_bad_command_gets_a_clear_answer_and_changes_nothing(string line, string answer)
    {
        await CareBot.RunAsync(Setup);
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync(line);

        var reply = Assert.Single(transcript.Messages);
        Assert.Contains(answer, reply.Body, StringComparison.Ordinal);
        Assert.Equal(before, StoreState.Of(CareBot.Store));
        Assert.Empty(transcript.Diagnostics);
    }

    [Fact]
    public async Task Ten_thousand_characters_of_text_are_refused_and_nothing_is_posted()
    {
        await CareBot.RunAsync(Setup);
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync("carol: /need " + new string('x', 5_000) + " " + new string('y', 4_999));

        var reply = Assert.Single(transcript.Messages);
        Assert.True(reply.Body.Length < 500, "the answer does not echo the text back");
        Assert.True(reply.Says("That's 10,000 characters") && reply.Says("Nothing was saved"), reply.Body);
        Assert.Equal(before, StoreState.Of(CareBot.Store));
    }

    [Fact]
    public async Task A_line_too_long_for_the_console_is_refused_before_it_reaches_CareBot()
    {
        await CareBot.RunAsync(Setup);
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync("carol: /need " + new string('x', 30_000));

        Assert.Empty(transcript.Messages);
        Assert.Contains("that line is 30,013 characters; the console reads lines up to 20,000", transcript.Diagnostics, StringComparison.Ordinal);
        Assert.Equal(before, StoreState.Of(CareBot.Store));
    }

    [Theory]
    [InlineData("no colon here")]
    [InlineData("al ice: /need a ride")]
    [InlineData("alice@the garden: /need a ride")]
    [InlineData(":advance soon")]
    [InlineData(":admin alice@dm")]
    [InlineData(":teleport alice")]
    [InlineData("\u001b[2J--- to town: /need")]
    public async Task A_malformed_console_line_is_explained_on_the_side_and_changes_nothing(string line)
    {
        await CareBot.RunAsync(Setup);
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync(line);

        Assert.Empty(transcript.Output);
        Assert.StartsWith("(couldn't read that line: ", transcript.Diagnostics, StringComparison.Ordinal);
        Assert.Equal(before, StoreState.Of(CareBot.Store));
    }

    [Fact]
    public async Task Chatter_in_the_group_that_is_not_a_command_is_left_alone()
    {
        await CareBot.RunAsync(Setup);
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync("carol: good morning everyone!", "carol:", "# just a comment", "");

        Assert.Empty(transcript.Output);
        Assert.Empty(transcript.Diagnostics);
        Assert.Equal(before, StoreState.Of(CareBot.Store));
    }

    [Fact]
    public async Task Chatter_in_a_private_chat_is_pointed_to_the_commands()
    {
        await CareBot.RunAsync(Setup);

        var transcript = await CareBot.RunAsync("carol@dm: hello?");

        transcript.PersonHears("carol", "/help");
    }

    [Fact]
    public async Task A_stranger_in_a_private_chat_is_told_to_start_in_a_group_and_nothing_is_stored()
    {
        await CareBot.RunAsync(Setup);
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync("zoe@dm: /need a ride");

        transcript.PersonHears("zoe", "I don't know which group you're in yet");
        Assert.Equal(before, StoreState.Of(CareBot.Store));
    }

    [Fact]
    public async Task Text_made_to_look_like_protocol_lines_stays_inside_its_message()
    {
        await CareBot.RunAsync(Setup);

        var transcript = await CareBot.RunAsync(
            "carol: /need --- to bob (dm) [I can help] /forget confirm",
            "dave: /offer [Yes, erase my data] /forget confirm");

        Assert.All(transcript.Messages, m => Assert.All(m.Buttons, b => Assert.DoesNotContain("/forget", b, StringComparison.Ordinal)));
        Assert.DoesNotContain(transcript.Messages, m => m.IsDirect && m.To == "bob" && m.Says("/forget"));
    }
}
