using CareBot.Discord.Api.Gateway;

namespace CareBot.Discord.Api.Tests.Gateway;

public sealed class GatewayOptionsTests
{
    [Fact]
    public void The_default_intents_are_guilds_and_direct_messages_and_none_privileged()
    {
        var options = new DiscordGatewayOptions();

        Assert.Equal(GatewayIntents.Guilds | GatewayIntents.DirectMessages, options.Intents);
        Assert.True(new DiscordGatewayOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(GatewayIntents.MessageContent)]
    [InlineData(GatewayIntents.GuildMembers)]
    [InlineData(GatewayIntents.GuildPresences)]
    public void Privileged_intents_are_refused_unless_allowed(GatewayIntents privileged)
    {
        var options = new DiscordGatewayOptions { Intents = GatewayIntents.Guilds | privileged };

        var refused = new DiscordGatewayOptionsValidator().Validate(null, options);
        options.AllowPrivilegedIntents = true;
        var allowed = new DiscordGatewayOptionsValidator().Validate(null, options);

        Assert.Contains("privileged", refused.FailureMessage, StringComparison.Ordinal);
        Assert.True(allowed.Succeeded);
    }

    [Theory]
    [InlineData(0, 20, 110)]
    [InlineData(1, -1, 110)]
    [InlineData(1, 20, 0)]
    [InlineData(1, 20, 116)]
    public void Options_that_would_fail_later_are_refused_at_start(int intents, int identifyFloor, int commandsPerMinute)
    {
        var options = new DiscordGatewayOptions { Intents = (GatewayIntents)intents, IdentifyFloor = identifyFloor, CommandsPerMinute = commandsPerMinute };

        Assert.True(new DiscordGatewayOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public async Task Identify_carries_the_token_the_configured_intents_and_the_connection_properties()
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var connection = await gateway.Run().Server.ExpectConnectionAsync();
        await connection.SendHelloAsync(GatewayHarness.Interval);

        var identify = (await connection.ExpectIdentifyAsync()).Data;

        Assert.Equal(GatewayHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal((int)(GatewayIntents.Guilds | GatewayIntents.DirectMessages), identify.GetProperty("intents").GetInt32());
        var properties = identify.GetProperty("properties");
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
        Assert.Equal(("CareBot", "CareBot"), (properties.GetProperty("browser").GetString(), properties.GetProperty("device").GetString()));
        Assert.DoesNotContain(gateway.Log.Lines, line => line.Message.Contains(GatewayHarness.Token, StringComparison.Ordinal));
    }
}
