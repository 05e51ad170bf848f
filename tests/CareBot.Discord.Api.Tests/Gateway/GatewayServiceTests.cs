using CareBot.Discord.Api.Gateway;
using CareBot.Testing.FakeDiscord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Api.Tests.Gateway;

[Collection(nameof(ExitCodeCollection))]
public sealed class GatewayServiceTests
{
    [Fact]
    public async Task Close_4004_stops_the_host_with_exit_code_2()
    {
        await using var server = await ScriptedGateway.StartAsync(TimeProvider.System);
        using var log = new RecordingLogger<DiscordGatewayService>();
        using var host = BuildHost(server, log, options => { });
        try
        {
            await host.StartAsync();
            var connection = await server.ExpectConnectionAsync();
            await connection.SendHelloAsync(TimeSpan.FromSeconds(40));
            await connection.ExpectIdentifyAsync();

            await connection.CloseAsync(4004);

            await host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(2, Environment.ExitCode);
            var errors = log.Lines.Where(line => line.Level >= LogLevel.Error).Select(line => line.Message).ToList();
            var only = Assert.Single(errors);
            Assert.Contains("4004", only, StringComparison.Ordinal);
            Assert.DoesNotContain(GatewayHarness.Token, only, StringComparison.Ordinal);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public void Privileged_intents_stop_the_host_at_start()
    {
        using var log = new RecordingLogger<DiscordGatewayService>();
        using var host = BuildHost(null, log, options => options.Intents |= GatewayIntents.MessageContent);

        var refused = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains("privileged", refused.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(ScriptedGateway? server, RecordingLogger<DiscordGatewayService> log, Action<DiscordGatewayOptions> configure)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddProvider(log);
        var gatewayUrl = server?.GatewayUrl ?? new Uri("ws://127.0.0.1:9/gateway");
        builder.Services.Configure<DiscordApiOptions>(options => options.Token = GatewayHarness.Token);
        builder.Services.AddSingleton<IGatewayBotSource>(new StubBotSource(gatewayUrl));
        builder.Services.AddDiscordGateway(configure);
        return builder.Build();
    }
}

/// <summary>Tests that read or set the process exit code run one at a time.</summary>
[CollectionDefinition(nameof(ExitCodeCollection), DisableParallelization = true)]
public sealed class ExitCodeCollection;
