using CareBot.Discord.Tests.Support;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>Slash commands registered in bulk, only when they changed, with admin commands hidden from members.</summary>
public sealed class CommandRegistrationTests
{
    private const string GlobalPut = "PUT /applications/{application_id}/commands";
    private const string GuildPut = "PUT /applications/{application_id}/guilds/{guild_id}/commands";

    [Fact]
    public async Task Commands_are_registered_once_and_not_again_on_an_unchanged_restart()
    {
        await using var h = await DiscordHarness.StartAsync();
        await Eventually.True(() => h.Rest.RequestsTo(GlobalPut).Any(put => put.Status == 200), "the commands to be registered");
        await h.CommandAsync(h.Member("bob"), "help");

        await h.StopHostAsync();
        await h.RunHostAsync();
        var ann = h.Member("ann");
        await h.CommandAsync(ann, "help");

        Assert.Single(h.Rest.RequestsTo(GlobalPut));
        var commands = h.Rest.Commands();
        Assert.Contains(commands, c => c["name"]!.GetValue<string>() == "need");
        var agree = Assert.Single(commands, c => c["name"]!.GetValue<string>() == "agree");
        Assert.Equal("32", agree["default_member_permissions"]!.ToString());
        var need = Assert.Single(commands, c => c["name"]!.GetValue<string>() == "need");
        Assert.Null(need["default_member_permissions"]?.GetValue<string>());
    }

    [Fact]
    public async Task With_guild_ids_the_commands_go_to_those_servers_instead_of_globally()
    {
        await using var h = await DiscordHarness.StartAsync(null, "--Discord:GuildIds:0={guild}");
        await Eventually.True(() => h.Rest.RequestsTo(GuildPut).Count > 0, "the commands to be registered in the server");

        Assert.Empty(h.Rest.RequestsTo(GlobalPut));
        Assert.NotEmpty(h.Rest.Commands(h.Guild.Id));
    }
}
