using CareBot.Discord.Api.Rest;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Tests.Rest.Support;

/// <summary>
/// The fake Discord REST API and the real client wired as a host would (AddDiscordRest), sharing one clock, with
/// every log line captured.
/// </summary>
public sealed class RestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RestHarness(FakeDiscordRestServer fake, ServiceProvider services, CapturedLogs logs)
    {
        Fake = fake;
        _services = services;
        Logs = logs;
        Client = services.GetRequiredService<DiscordRestClient>();
    }

    public FakeDiscordRestServer Fake { get; }

    public DiscordRestClient Client { get; }

    public CapturedLogs Logs { get; }

    public static async Task<RestHarness> StartAsync(
        FakeDiscordRestOptions? fakeOptions = null,
        Action<DiscordRestOptions>? configure = null,
        string? token = null)
    {
        fakeOptions ??= new FakeDiscordRestOptions();
        var fake = await FakeDiscordRestServer.StartAsync(fakeOptions, TestTimeout.Token);
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddSingleton(fakeOptions.Time)
            .AddDiscordRest(
                api =>
                {
                    api.Token = token ?? fake.Token;
                    api.ApiBaseUrl = fake.ApiBaseUrl;
                },
                rest =>
                {
                    rest.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
                    configure?.Invoke(rest);
                })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new RestHarness(fake, services, logs);
    }

    /// <summary>A guild with a text channel the bot may post in.</summary>
    public (FakeGuild Guild, FakeChannel Channel) Community(string channelName = "help")
    {
        var owner = Fake.CreateUser("olga");
        var guild = Fake.CreateGuild("Neighbours", owner);
        return (guild, Fake.CreateTextChannel(guild, channelName));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
        Logs.Dispose();
    }
}
