using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A mistake typed in the group is answered privately to someone who started the bot; to someone who hasn't (Telegram
/// won't let a bot write first) it is said in the group and deleted a minute later with deleteMessage.
/// </summary>
public sealed class PrivateRefusalTests
{
    private static readonly TimeSpan MinuteAndMargin = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_member_who_started_the_bot_is_refused_in_a_private_message_and_the_group_sees_nothing()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var alice = await scenario.MemberAsync("Alice");
        scenario.Say(alice, "/need someone to walk my dog on Sunday");
        await scenario.GroupMessageAsync("Need #1");

        scenario.Say(alice, "/claim 1");

        await scenario.DmAsync(alice, "is your own need");
        var bob = await scenario.MemberAsync("Bob");
        scenario.Say(bob, "/claim 1");
        await scenario.GroupMessageAsync("has a helper");
        Assert.DoesNotContain(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("your own need", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_who_never_started_the_bot_sees_the_refusal_in_the_group_for_a_minute_then_it_is_deleted()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var carol = await scenario.MemberAsync("Carol", startedBot: false);

        scenario.Say(carol, "/claim 99");

        var refusal = await scenario.GroupMessageAsync("There's no need #99");
        Assert.Null(refusal.DeletedAt);
        await scenario.Fake.WaitUntilAsync(
            () => scenario.Fake.MessagesIn(scenario.Group).Single(m => m.MessageId == refusal.MessageId).DeletedAt is not null,
            MinuteAndMargin, TestTimeout.Token);
        var deleted = scenario.Fake.MessagesIn(scenario.Group).Single(m => m.MessageId == refusal.MessageId);
        Assert.True(deleted.DeletedAt - refusal.SentAt >= TimeSpan.FromSeconds(59), $"Deleted after {deleted.DeletedAt - refusal.SentAt}");
        Assert.Empty(scenario.Fake.Requests.Errors);
    }
}
