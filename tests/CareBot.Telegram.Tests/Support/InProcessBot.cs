using CareBot.Composition;
using CareBot.Core.Engine;
using CareBot.Telegram.Hosting;
using CareBot.Testing.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareBot.Telegram.Tests.Support;

/// <summary>The real host, composed as Program.cs composes it, running in the test process against the fake.</summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessBot(IHost host)
    {
        _host = host;
    }

    public IServiceProvider Services => _host.Services;

    public CareEngine Engine => _host.Services.GetRequiredService<CareEngine>();

    public string? StopReason => _host.Services.GetRequiredService<TelegramShutdown>().Reason;

    public Task Stopped => _host.WaitForShutdownAsync();

    public static async Task<InProcessBot> StartAsync(FakeTelegramServer fake, string databasePath, IReadOnlyDictionary<string, string>? extra = null)
    {
        var args = BotSettings.For(fake, databasePath, extra).Select(pair => $"--{pair.Key}={pair.Value}").ToArray();
        var host = CareBotApp.Build(LaunchOptions.Parse(args), TextWriter.Null);
        await host.StartAsync(TestTimeout.Token);
        return new InProcessBot(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TestTimeout.Wait);
        await _host.StopAsync(stopping.Token);
        _host.Dispose();
    }
}
