using CareBot.Discord.Storage;
using CareBot.Discord.Tests.Support;

namespace CareBot.Discord.Tests.Crash;

/// <summary>The slash commands' stored hash survives a kill -9: the restarted process finds nothing changed and sends no PUT.</summary>
public sealed class KillAndRestartRegistrationTests
{
    private const string GlobalPut = "PUT /applications/{application_id}/commands";

    [Fact]
    public async Task A_host_killed_and_restarted_with_nothing_changed_does_not_register_the_commands_again()
    {
        await using var h = await DiscordHarness.StartAsync(new DiscordHarnessOptions { OwnProcess = true });
        await Eventually.True(() => h.Rest.RequestsTo(GlobalPut).Any(put => put.Status == 200), "the commands to be registered");
        await Eventually.TrueAsync(
            async token => await DatabaseCopy.ReadAsync(h.DatabasePath, session => session.Cursors.Get(AdapterMarkers.CommandsHash("global")), token) is not null,
            "the registered commands' hash to be stored");

        await h.KillHostAsync();
        await h.RestartHostAsync();
        var help = await h.CommandAsync(h.Member("ann"), "help");
        await h.KillHostAsync();
        await h.RestartHostAsync();
        await h.CommandAsync(h.Member("bob"), "help");

        Assert.NotEmpty(h.Answers(help));
        Assert.Single(h.Rest.RequestsTo(GlobalPut));
        Assert.Equal(3, h.Gateway.Received.Count(frame => frame.Opcode == 2));
        Assert.Contains(h.Rest.Commands(), command => command["name"]!.GetValue<string>() == "need");
    }
}
