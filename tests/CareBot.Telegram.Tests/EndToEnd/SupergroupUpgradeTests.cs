using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>
/// A Telegram group becomes a supergroup when it grows or its admins change some settings, and gets a new chat id.
/// The community must carry on in the supergroup, with its members, offers and need numbers, and lose no message.
/// </summary>
public sealed class SupergroupUpgradeTests
{
    [Fact]
    public async Task When_the_group_becomes_a_supergroup_the_community_carries_on_there()
    {
        await using var scenario = await GroupScenario.StartAsync(groupType: FakeChatType.Group);
        var bob = await scenario.MemberAsync("Bob");
        var alice = await scenario.MemberAsync("Alice");
        scenario.Say(bob, "/offer rides to appointments, I have a car");
        await scenario.GroupMessageAsync("Noted your offer");
        scenario.Say(alice, "/need a ride to the clinic on Friday");
        await scenario.GroupMessageAsync("Need #1");
        var before = scenario.Fake.MessagesIn(scenario.Group).Count;

        var supergroup = scenario.Fake.UpgradeToSupergroup(scenario.Group, scenario.Owner);
        await scenario.Fake.WaitForUpdatesConsumedAsync(TestTimeout.Wait, TestTimeout.Token);
        scenario.Fake.SendText(supergroup, alice, "/need a lift to the station on Monday");

        var post = await scenario.Fake.WaitForMessageAsync(supergroup, m => m.PlainText.Contains("Need #2", StringComparison.Ordinal), TestTimeout.Wait, TestTimeout.Token);
        await scenario.DmAsync(bob, "lift to the station");
        Assert.NotNull(post.ButtonLabelled("I can help"));
        Assert.Equal(before, scenario.Fake.MessagesIn(scenario.Group).Count(m => m.PlainText.Length > 0));
    }

    [Fact]
    public async Task A_post_waiting_for_the_old_group_reaches_the_supergroup_even_when_the_bot_missed_the_news()
    {
        await using var scenario = await GroupScenario.StartAsync(groupType: FakeChatType.Group);
        var bob = await scenario.MemberAsync("Bob");
        var alice = await scenario.MemberAsync("Alice");
        scenario.Say(bob, "/offer rides to appointments, I have a car");
        await scenario.GroupMessageAsync("Noted your offer");

        // The post and both private messages fail once (Telegram having a bad second), so the post is still waiting
        // when the group is upgraded; the bot never gets the service messages, only the 400 when it tries again.
        scenario.Fake.FailNext("sendMessage", 3, FakeFault.ServerError());
        scenario.Say(alice, "/need a ride to the clinic on Friday");
        await scenario.Fake.WaitUntilAsync(() => scenario.Fake.Requests.ServerErrorsIssued >= 3, TestTimeout.Wait, TestTimeout.Token);
        var supergroup = scenario.Fake.UpgradeToSupergroup(scenario.Group, scenario.Owner, botMissesTheNews: true);

        var post = await scenario.Fake.WaitForMessageAsync(supergroup, m => m.PlainText.Contains("Need #1", StringComparison.Ordinal), TestTimeout.Wait, TestTimeout.Token);
        var ask = await scenario.DmAsync(bob, "could use a hand");
        scenario.Fake.PressButtonLabelled(ask, bob, "I can help");
        await scenario.Fake.WaitForMessageAsync(supergroup, m => m.PlainText.Contains("has a helper", StringComparison.Ordinal), TestTimeout.Wait, TestTimeout.Token);

        Assert.Contains(scenario.Fake.Requests.Errors, error => error.MigrateToChatId == supergroup.Id);
        Assert.NotNull(post.ButtonLabelled("I can help"));
    }
}
