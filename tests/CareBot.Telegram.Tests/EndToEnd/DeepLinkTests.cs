using CareBot.Telegram.Tests.Support;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>Someone who never opened a private chat with the bot is invited once in the group, and gets what waited when they do.</summary>
public sealed class DeepLinkTests
{
    [Fact]
    public async Task A_private_message_waits_until_its_recipient_opens_a_chat_through_the_deep_link()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob", startedBot: false);
        var alice = await scenario.MemberAsync("Alice");
        scenario.Say(bob, "/offer rides to appointments, I have a car");
        await scenario.GroupMessageAsync("Noted your offer");

        scenario.Say(alice, "/need a ride to the clinic on Friday");
        var invitation = await scenario.GroupMessageAsync("can't write to you");
        var link = Assert.Single(invitation.AllButtons).Url!;
        scenario.Fake.UserStartsBot(bob, payload: link[(link.IndexOf("start=", StringComparison.Ordinal) + 6)..]);
        var ask = await scenario.DmAsync(bob, "could use a hand");

        Assert.Equal($"https://t.me/{scenario.Fake.Bot.Username}?start=held", link);
        Assert.Contains("Bob", invitation.PlainText, StringComparison.Ordinal);
        Assert.NotNull(ask.ButtonLabelled("I can help"));
    }

    [Fact]
    public async Task A_person_is_invited_only_once_however_many_messages_wait()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob", startedBot: false);
        var alice = await scenario.MemberAsync("Alice");
        scenario.Say(bob, "/offer rides to appointments, I have a car");
        scenario.Say(alice, "/need a ride to the clinic on Friday");
        await scenario.GroupMessageAsync("can't write to you");

        scenario.Say(alice, "/need a ride home from the station on Monday");
        await scenario.GroupMessageAsync("Need #2");
        scenario.Fake.UserStartsBot(bob, "held");
        await scenario.DmAsync(bob, m => m.PlainText.Contains("#2", StringComparison.Ordinal) && m.PlainText.Contains("could use a hand", StringComparison.Ordinal));
        await scenario.DmAsync(bob, m => m.PlainText.Contains("#1", StringComparison.Ordinal) && m.PlainText.Contains("could use a hand", StringComparison.Ordinal));

        Assert.Single(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("can't write to you", StringComparison.Ordinal));
    }
}
