using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>Buttons are shortcuts for commands: the engine checks who presses them, and every press is answered.</summary>
public sealed class ButtonTests
{
    [Fact]
    public async Task A_button_pressed_by_someone_it_isnt_for_is_refused_and_changes_nothing()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var alice = await scenario.MemberAsync("Alice");
        scenario.Say(alice, "/need someone to walk my dog on Sunday");
        var post = await scenario.GroupMessageAsync("Need #1");

        var press = scenario.Fake.PressButtonLabelled(post, alice, "I can help");
        var answer = await scenario.Fake.WaitForCallbackAnswerAsync(press, TestTimeout.Wait, TestTimeout.Token);
        await scenario.Fake.WaitForUpdatesConsumedAsync(TestTimeout.Wait, TestTimeout.Token);

        Assert.True(answer.ShowAlert);
        Assert.Contains("your own", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("has a helper", StringComparison.Ordinal));

        // The refusal is for the presser alone: the alert. A later post (delivered in order) shows none reached the group.
        var bob = await scenario.MemberAsync("Bob");
        scenario.Say(bob, "/claim 1");
        await scenario.GroupMessageAsync("has a helper");
        Assert.DoesNotContain(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("your own", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_press_is_answered_so_the_spinner_stops()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var alice = await scenario.MemberAsync("Alice");
        var bob = await scenario.MemberAsync("Bob");
        scenario.Say(alice, "/need someone to walk my dog on Sunday");
        var post = await scenario.GroupMessageAsync("Need #1");

        var press = scenario.Fake.PressButtonLabelled(post, bob, "I can help");
        var answer = await scenario.Fake.WaitForCallbackAnswerAsync(press, TestTimeout.Wait, TestTimeout.Token);
        await scenario.GroupMessageAsync("has a helper");

        Assert.False(answer.ShowAlert);
        Assert.Equal("Got it ✓", answer.Text);
    }

    [Fact]
    public async Task Commands_addressed_to_another_bot_and_chatter_are_left_alone()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        var before = scenario.Fake.MessagesIn(scenario.Group).Count;

        scenario.Say(bob, "/offer@some_other_bot rides");
        scenario.Say(bob, "good morning everyone");
        scenario.Say(bob, $"/offer@{scenario.Fake.Bot.Username} soup on Sundays");
        await scenario.GroupMessageAsync("soup on Sundays");
        await scenario.Fake.WaitForUpdatesConsumedAsync(TestTimeout.Wait, TestTimeout.Token);

        Assert.Equal(before + 1, scenario.Fake.MessagesIn(scenario.Group).Count);
    }

    [Fact]
    public async Task Only_a_group_admin_may_change_the_agreements()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");

        scenario.Say(bob, "/agree response-time 12");
        var refusal = await scenario.GroupMessageAsync(m => m.PlainText.Contains("admin", StringComparison.OrdinalIgnoreCase));
        scenario.Say(scenario.Owner, "/agree response-time 12");
        var changed = await scenario.GroupMessageAsync(m => m.PlainText.Contains("12", StringComparison.Ordinal) && m.MessageId > refusal.MessageId);
        scenario.Say(scenario.Owner, "/agree response-time 10");
        await scenario.GroupMessageAsync(m => m.PlainText.Contains("10", StringComparison.Ordinal) && m.MessageId > changed.MessageId);

        Assert.DoesNotContain("12 hours", refusal.PlainText, StringComparison.Ordinal);
        Assert.Equal(2, scenario.Fake.Requests.RequestsTo("getChatMember")); // Bob once, Olga once: her second command used the cached answer
    }
}
