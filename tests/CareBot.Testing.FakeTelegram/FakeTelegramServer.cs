using System.Net;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.Methods;
using CareBot.Testing.FakeTelegram.State;
using CareBot.Testing.FakeTelegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareBot.Testing.FakeTelegram;

/// <summary>
/// A fake Telegram Bot API server on 127.0.0.1 (dynamic port) for tests. Point the real client at
/// <see cref="BaseUrl"/>, script users with the methods of this class, and read back what the bot did.
/// </summary>
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeTelegramState _state;
    private readonly WebhookPusher _pusher;

    private FakeTelegramServer(WebApplication app, FakeTelegramState state, Uri baseUrl)
    {
        _app = app;
        _state = state;
        _pusher = new WebhookPusher(state);
        BaseUrl = baseUrl;
    }

    /// <summary>Scheme, host and port only: the client appends /bot&lt;token&gt;/&lt;method&gt; itself.</summary>
    public Uri BaseUrl { get; }

    public string Token => _state.Options.Token;

    /// <summary>The bot's own account, as getMe returns it.</summary>
    public FakeUser Bot => _state.Bot;

    public FakeTelegramOptions Options => _state.Options;

    /// <summary>Calls, errors, 429s and unknown parameters seen so far.</summary>
    public RequestLog Requests => _state.Log;

    /// <summary>The methods the fake implements and the parameters each reads, accepts and requires.</summary>
    public static IReadOnlyList<FakeMethodDescription> ImplementedMethods => BotApiMethodCatalog.Descriptions;

    public static async Task<FakeTelegramServer> StartAsync(FakeTelegramOptions? options = null, CancellationToken cancellationToken = default)
    {
        var state = new FakeTelegramState(options ?? new FakeTelegramOptions());
        // The empty builder reads no configuration, so nothing (ASPNETCORE_URLS included) can move it off loopback.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // Pending long polls must not hold up a test's teardown.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        app.Run(new BotApiEndpoint(state).HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new FakeTelegramServer(app, state, new Uri(address));
    }

    /// <summary>Makes the next <paramref name="count"/> calls of <paramref name="method"/> fail (case-insensitive name).</summary>
    public void FailNext(string method, int count, FakeFault fault) => _state.Faults.Add(method, count, fault);

    public async ValueTask DisposeAsync()
    {
        lock (_state.Gate)
        {
            _state.IsStopping = true;
        }

        _state.Changed.Pulse();
        await _pusher.DisposeAsync();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
