using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>An option that can't be used refuses the need: nothing posted, nobody asked, and an answer with an example.</summary>
public sealed class NeedOptionRefusalTests
{
    [Theory]
    [InlineData("/need by yesterday a ride to the clinic", "I couldn't read \"yesterday\" as a date in the future. Try by friday, by tomorrow or by 2026-12-24.")]
    [InlineData("/need by 2020-01-01 a ride to the clinic", "I couldn't read \"2020-01-01\" as a date in the future. Try by friday")]
    [InlineData("/need by 31/02 a ride to the clinic", "I couldn't read \"31/02\" as a date in the future. Try by friday")]
    [InlineData("/need by someday a ride to the clinic", "I couldn't read \"someday\" as a date in the future. Try by friday")]
    [InlineData("/need helpers 0 rides to the clinic", "A need asks for at least 1 helper, so \"helpers 0\" can't work. Try helpers 2")]
    [InlineData("/need helpers -1 rides to the clinic", "A need asks for at least 1 helper, so \"helpers -1\" can't work. Try helpers 2")]
    [InlineData("/need helpers lots rides to the clinic", "I couldn't read \"lots\" as a number of helpers. Try helpers 2")]
    [InlineData("/need helpers 11 rides to the clinic", "A need can ask for up to 10 helpers; for more, it may help to post it as several needs. Try helpers 10.")]
    [InlineData("/need zone narnia a ride to the clinic", "\"narnia\" isn't one of")]
    public async Task A_need_with_an_option_that_cannot_be_used_posts_nothing_asks_nobody_and_says_what_works(string command, string answer)
    {
        using var h = await RidesOffered();

        var refusal = await h.Refuses(x => x.Say("alice", command));

        Assert.StartsWith(answer, refusal.Text, StringComparison.Ordinal);
        Assert.Empty(h.History.Asks());
        Assert.DoesNotContain(h.History, d => d.IsInGroup() && d.Text.Contains("Need #", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_option_refused_in_a_private_chat_is_answered_there_and_nothing_is_posted()
    {
        using var h = await RidesOffered();

        var refusal = await h.Refuses(x => x.Dm("alice", "/need anon by yesterday a ride to the clinic"));

        Assert.True(refusal.IsTo("alice"));
        Assert.Empty(h.History.Asks());
    }

    [Fact]
    public async Task By_the_way_stays_part_of_the_need_and_the_need_is_posted()
    {
        using var h = await RidesOffered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need by the way, my car broke down and I need a ride"));

        Assert.Contains("by the way, my car broke down", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Null(h.Need(1).By);
    }

    [Fact]
    public async Task A_readable_date_is_kept_as_the_needs_date_and_shown()
    {
        using var h = await RidesOffered();

        var delivered = await h.Accepts(x => x.Say("alice", "/need by 24 dec a ride to the clinic"));

        Assert.Equal(new DateOnly(2026, 12, 24), h.Need(1).By);
        Assert.Contains("by Thu 24 Dec", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal("a ride to the clinic", h.Need(1).Text);
    }

    private static async Task<EngineHarness> RidesOffered()
    {
        var h = new EngineHarness();
        await h.Agree("zones", "north, south");
        await h.Say("bob", "/offer rides to appointments, I have a car");
        await h.Join("alice");
        h.Delivered();
        return h;
    }
}
