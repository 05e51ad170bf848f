using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>Bad input through the engine: a clear answer, and nothing stored changes.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string> Refused => new()
    {
        { "/frobnicate", "I don't know /frobnicate" },
        { "/need", "What do you need?" },
        { "/need   ", "What do you need?" },
        { "/need help", "Could you say a little more?" },
        { "/need anon", "To ask anonymously" },
        { "/offer", "What can you offer?" },
        { "/claim", "Which need? Give its number, like /claim 12." },
        { "/claim 99", "There's no need #99 in town" },
        { "/claim #99", "There's no need #99 in town" },
        { "/claim abc", "\"abc\" isn't a need number" },
        { "/claim -1", "isn't a need number" },
        { "/claim 0", "isn't a need number" },
        { "/claim 99999999999", "isn't a need number" },
        { "/pass", "Which need?" },
        { "/done", "Which need?" },
        { "/done 99 thanks", "There's no need #99" },
        { "/cancel", "Which need?" },
        { "/cancel 1", "Only the person who asked for #1, or an admin" },
        { "/keep 1", "Only the person who asked for #1 can keep it open" },
        { "/reveal 1", "Only the person who asked for #1 can share" },
        { "/fellthrough 1", "Only the person who asked for #1 or someone helping" },
        { "/withdraw", "Which offer?" },
        { "/withdraw 1", "You have no active offer no. 1" },
        { "/stillon 1", "That isn't one of your offers" },
        { "/needs 0", "Pages are whole numbers from 1, like /needs 2." },
        { "/needs two", "Pages are whole numbers from 1, like /needs 2." },
        { "/need helpers 11 hands to move a piano", "A need can ask for up to 10 helpers; for more, it may help to post it as several needs." },
        { "/pause 0", "A break is a number of days" },
        { "/pause forever", "A break is a number of days" },
        { "/resume", "You're not on a break" },
        { "/me cap", "Settings come in pairs" },
        { "/me cap 0", "a number from 1 to 20" },
        { "/me cap 3 quiet 25-08", "Quiet hours are start-end" },
        { "/me tz Mars/Olympus", "I don't know the time zone" },
        { "/me notify 2", "Notifications can be instant, digest" },
        { "/me colour blue", "I don't know the setting \"colour\"" },
        { "/me zone \u202Enorth", "control characters" },
        { "/offer zone \u2066north rides", "control characters" },
        { "/checkin maybe", "ok or support" },
        { "/agree wave-size 5", "Only the group's admins" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_bad_command_gets_a_clear_answer_and_changes_nothing(string command, string answer)
    {
        using var h = await WithAliceNeed();

        var refusal = await h.Refuses(x => x.Say("bob", command));

        Assert.Contains(answer, refusal.Text, StringComparison.Ordinal);

        // Bob was asked privately about Alice's need, so his private chat is open: his mistake is his own business.
        Assert.True(refusal.IsTo("bob"), $"Refused in the group: {refusal}");
    }

    [Theory]
    [InlineData("/need ")]
    [InlineData("/offer ")]
    [InlineData("/done 1 ")]
    public async Task Ten_thousand_characters_are_refused_with_nothing_saved(string command)
    {
        using var h = await WithAliceNeed();

        var refusal = await h.Refuses(x => x.Say("alice", command + new string('a', 10_000)));

        Assert.Contains("That's 10,00", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", refusal.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/need a ride\u0007 to the clinic")]
    [InlineData("/need a ride to the \u202Ecinilc")]
    [InlineData("/offer rides\u0000 in my car")]
    [InlineData("/done 1 thank\u001B[31m you")]
    public async Task Control_characters_are_refused_with_nothing_saved(string command)
    {
        using var h = await WithAliceNeed();

        var refusal = await h.Refuses(x => x.Say("alice", command));

        Assert.Contains("control characters", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_number_of_another_group_is_not_found_here()
    {
        using var h = await WithAliceNeed();
        await h.Say("bob", "/needs", "garden");

        var refusal = await h.Refuses(x => x.Say("bob", "/claim 1", "garden"));

        Assert.Contains("There's no need #1 in garden", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_in_a_private_chat_is_answered_privately()
    {
        using var h = await WithAliceNeed();

        var refusal = await h.Refuses(x => x.Dm("bob", "/claim 99"));

        Assert.True(refusal.IsTo("bob"));
    }

    [Fact]
    public async Task Chatter_in_the_group_is_ignored_silently()
    {
        using var h = await WithAliceNeed();
        var before = h.StoredState();

        var result = await h.Say("bob", "morning all! anyone seen my cat?");

        Assert.True(result.Succeeded);
        Assert.Empty(h.Delivered());
        Assert.Equal(before, h.StoredState());
    }

    [Fact]
    public async Task Chatter_in_a_private_chat_is_answered_with_a_pointer_to_the_commands()
    {
        using var h = await WithAliceNeed();

        var answer = await h.Refuses(x => x.Dm("alice", "hello?"));

        Assert.Contains("/help", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_in_a_private_chat_is_told_to_add_the_bot_to_a_group_first()
    {
        using var h = new EngineHarness();

        await h.Dm("zoe", "/needs");

        var answer = Assert.Single(h.Delivered());
        Assert.Contains("I don't know which group you're in yet", answer.Text, StringComparison.Ordinal);
        Assert.Null(h.Member("zoe"));
    }

    [Fact]
    public async Task A_newcomer_whose_first_command_is_refused_is_still_a_member_afterwards()
    {
        using var h = await WithAliceNeed();

        await h.Say("zoe", "/claim 99");

        Assert.NotNull(h.Member("zoe"));
    }

    [Fact]
    public async Task A_newcomer_sent_to_their_private_chat_to_ask_anonymously_can_do_so_there()
    {
        using var h = new EngineHarness();
        await h.Say("zoe", "/need anon a ride to the clinic");
        Assert.Contains("private chat", Assert.Single(h.Delivered()).Text, StringComparison.Ordinal);

        var delivered = await h.Accepts(x => x.Dm("zoe", "/need anon a ride to the clinic"));

        Assert.Contains("Need #1 from Someone (anonymous)", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
    }

    /// <summary>Alice has asked for #1; Bob, who types the bad commands, is a member already.</summary>
    private static async Task<EngineHarness> WithAliceNeed()
    {
        var h = new EngineHarness();
        await h.Say("alice", "/need a ride to the clinic on friday");
        await h.Join("bob");
        h.Delivered();
        return h;
    }
}
