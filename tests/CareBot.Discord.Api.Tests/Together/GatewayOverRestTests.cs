using CareBot.Discord.Api.Gateway;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Api.Tests.Gateway;
using CareBot.Testing.FakeDiscord.Gateway;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Tests.Together;

/// <summary>The gateway and REST halves registered as a host would: the gateway's address comes from <c>GET /gateway/bot</c>.</summary>
[Collection(nameof(ExitCodeCollection))]
public sealed class GatewayOverRestTests
{
    [Fact]
    public async Task The_gateway_asks_REST_where_to_connect_and_identifies_there()
    {
        await using var gateway = await ScriptedGateway.StartAsync(TimeProvider.System);
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Options.GatewayUrl = gateway.GatewayUrl;
        using var log = new RecordingLogger<DiscordGatewayService>();
        using var host = BuildHost(rest, rest.Token, log);

        await host.StartAsync();
        try
        {
            var connection = await gateway.ExpectConnectionAsync();
            await connection.SendHelloAsync(TimeSpan.FromSeconds(40));
            await connection.ExpectIdentifyAsync();

            var asked = Assert.Single(rest.RequestsTo("GET /gateway/bot"));
            Assert.Equal("Bot " + rest.Token, asked.Header("Authorization"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_token_refused_over_REST_stops_the_host_with_exit_code_2_without_touching_the_gateway()
    {
        await using var gateway = await ScriptedGateway.StartAsync(TimeProvider.System);
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Options.GatewayUrl = gateway.GatewayUrl;
        using var log = new RecordingLogger<DiscordGatewayService>();
        using var host = BuildHost(rest, "revoked-token.Xx9.secret", log);
        try
        {
            await host.StartAsync();

            await host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(DiscordGatewayService.FatalExitCode, Environment.ExitCode);
            var only = Assert.Single(log.Lines, line => line.Level >= LogLevel.Error);
            Assert.Contains("4004", only.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("revoked-token", only.Message, StringComparison.Ordinal);
            Assert.Single(rest.RequestsTo("GET /gateway/bot"));
            Assert.Empty(gateway.Connections);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    private static IHost BuildHost(FakeDiscordRestServer rest, string token, RecordingLogger<DiscordGatewayService> log)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddProvider(log);
        builder.Services.AddDiscordRest(api =>
        {
            api.Token = token;
            api.ApiBaseUrl = rest.ApiBaseUrl;
        });
        builder.Services.AddDiscordGateway();
        return builder.Build();
    }
}
