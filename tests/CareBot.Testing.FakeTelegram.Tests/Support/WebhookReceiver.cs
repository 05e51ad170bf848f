using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>A stand-in bot's webhook on 127.0.0.1: records each push (update id, secret header) and answers as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(long UpdateId, string? Secret)> _received = [];
    private readonly Queue<int> _answers = new();

    private WebhookReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>How long each push is held before it is answered, so tests can see what arrives at the same time.</summary>
    public TimeSpan Hold { get; set; } = TimeSpan.Zero;

    public int MostAtOnce { get; private set; }

    private int _atOnce;

    public IReadOnlyList<(long UpdateId, string? Secret)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.Run(context => receiver!.HandleAsync(context));
        await app.StartAsync(TestTimeout.Token);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver = new WebhookReceiver(app, new Uri(new Uri(address), "/hook"));
        return receiver;
    }

    /// <summary>The next pushes are answered with these statuses, in order; after them, 200.</summary>
    public void AnswerNext(params int[] statuses)
    {
        lock (_answers)
        {
            foreach (var status in statuses)
            {
                _answers.Enqueue(status);
            }
        }
    }

    public async Task WaitForAsync(int count)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestTimeout.Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        while (Received.Count < count)
        {
            await Task.Delay(20, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(TestTimeout.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _atOnce);
        lock (_received)
        {
            MostAtOnce = Math.Max(MostAtOnce, now);
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var secret = context.Request.Headers.TryGetValue("X-Telegram-Bot-Api-Secret-Token", out var value) ? value.ToString() : null;
        await Task.Delay(Hold);
        lock (_received)
        {
            _received.Add((body.RootElement.GetProperty("update_id").GetInt64(), secret));
        }

        int status;
        lock (_answers)
        {
            status = _answers.TryDequeue(out var next) ? next : 200;
        }

        Interlocked.Decrement(ref _atOnce);
        context.Response.StatusCode = status;
    }
}
