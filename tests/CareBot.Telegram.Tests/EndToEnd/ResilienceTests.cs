using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>Telegram failing on the way: nothing is lost, a 429 is waited out once, errors back off.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task A_429_is_honoured_by_its_retry_after_and_the_message_still_arrives()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        scenario.Fake.FailNext("sendMessage", 1, FakeFault.TooManyRequests(2));

        scenario.Say(bob, "/offer soup on Sundays");
        var reply = await scenario.GroupMessageAsync("soup on Sundays");
        var refused = Assert.Single(scenario.Fake.Requests.Errors);

        Assert.Equal(429, refused.ErrorCode);
        Assert.True(reply.SentAt - refused.At >= TimeSpan.FromSeconds(1.9), $"resent after {(reply.SentAt - refused.At).TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task Server_errors_and_dropped_connections_are_retried_until_the_message_arrives()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        scenario.Fake.FailNext("sendMessage", 1, FakeFault.ServerError());
        scenario.Fake.FailNext("sendMessage", 1, FakeFault.DropConnection());

        scenario.Say(bob, "/offer soup on Sundays");
        await scenario.GroupMessageAsync("soup on Sundays");

        Assert.Single(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("soup on Sundays", StringComparison.Ordinal));
        Assert.Equal(1, scenario.Fake.Requests.ServerErrorsIssued);
    }

    [Fact]
    public async Task Polling_survives_server_errors_and_handles_what_came_meanwhile()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        await scenario.Fake.WaitUntilAsync(() => scenario.Fake.IsLongPolling, TestTimeout.Wait, TestTimeout.Token);
        scenario.Fake.FailNext("getUpdates", 2, FakeFault.ServerError());

        // The poll under way takes the first offer; the next two polls fail; the one after them brings the second.
        scenario.Say(bob, "/offer soup on Sundays");
        await scenario.GroupMessageAsync("soup on Sundays");
        await scenario.Fake.WaitUntilAsync(() => scenario.Fake.Requests.ServerErrorsIssued == 2, TestTimeout.Wait, TestTimeout.Token);
        scenario.Say(bob, "/offer bread on Mondays");
        await scenario.GroupMessageAsync("bread on Mondays");

        Assert.Single(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("soup on Sundays", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Updates_that_arrive_while_the_bot_is_down_are_handled_once_after_a_restart()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        scenario.Say(bob, "/offer soup on Sundays");
        await scenario.GroupMessageAsync("soup on Sundays");
        await scenario.Bot.DisposeAsync();

        scenario.Say(bob, "/offer bread on Mondays");
        await scenario.RestartAsync();
        await scenario.GroupMessageAsync("bread on Mondays");
        await scenario.Fake.WaitForUpdatesConsumedAsync(TestTimeout.Wait, TestTimeout.Token);

        Assert.Single(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("soup on Sundays", StringComparison.Ordinal));
        Assert.Single(scenario.Fake.MessagesIn(scenario.Group), m => m.PlainText.Contains("bread on Mondays", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_menus_are_set_at_start_up_and_not_again_when_unchanged()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var groupMenu = scenario.Fake.CommandsFor(CommandScope.AllGroupChats);
        var privateMenu = scenario.Fake.CommandsFor(CommandScope.AllPrivateChats);

        await scenario.RestartAsync();
        await scenario.Fake.WaitUntilAsync(() => scenario.Fake.Requests.RequestsTo("getMyCommands") == 4, TestTimeout.Wait, TestTimeout.Token);
        var polls = scenario.Fake.Requests.RequestsTo("getUpdates");
        await scenario.Fake.WaitUntilAsync(() => scenario.Fake.Requests.RequestsTo("getUpdates") > polls, TestTimeout.Wait, TestTimeout.Token);

        Assert.Contains(groupMenu!, c => c.Command == "need");
        Assert.DoesNotContain(groupMenu!, c => c.Command == "export");
        Assert.Contains(privateMenu!, c => c.Command == "export");
        Assert.Equal(2, scenario.Fake.Requests.RequestsTo("setMyCommands"));
    }

    [Fact]
    public async Task Removing_the_bot_closes_the_space_and_adding_it_back_greets_the_group_again()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        scenario.Say(bob, "/mine");
        await scenario.Fake.WaitForMessageCountAsync(scenario.Fake.PrivateChatWith(bob), 2, TestTimeout.Wait, TestTimeout.Token);

        scenario.Fake.RemoveBotFromGroup(scenario.Group, scenario.Owner);
        scenario.Dm(bob, "/need a lift to the station tomorrow morning");
        await scenario.DmAsync(bob, m => m.PlainText.Contains("need", StringComparison.OrdinalIgnoreCase) && m.MessageId > 3);
        scenario.Fake.AddBotToGroup(scenario.Group, scenario.Owner);
        await scenario.Fake.WaitForMessageCountAsync(scenario.Group, 2, TestTimeout.Wait, TestTimeout.Token);

        Assert.DoesNotContain(scenario.Fake.Requests.Errors, e => e.ErrorCode == 403);
        Assert.Equal(2, scenario.Fake.MessagesIn(scenario.Group).Count(m => m.PlainText.StartsWith("CareBot", StringComparison.Ordinal)));
    }
}
