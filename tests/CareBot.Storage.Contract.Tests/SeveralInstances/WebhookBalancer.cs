using System.Net;
using System.Net.Sockets;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// A load balancer as small as it can be, on loopback: each webhook push goes to the next instance in turn, passed
/// through with its secret header; when that instance is down or dies mid-request it answers 502, so Telegram (the
/// fake) pushes the update again, as it does behind a real balancer.
/// </summary>
internal sealed class WebhookBalancer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyList<Uri> _instances;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _next;
    private int _badGateways;

    private WebhookBalancer(int port, IReadOnlyList<Uri> instances)
    {
        _instances = instances;
        Url = new Uri($"http://127.0.0.1:{port}/telegram/updates");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>Where Telegram is told to push (Telegram:Webhook:Url of every instance).</summary>
    public Uri Url { get; }

    /// <summary>Pushes answered 502 because the chosen instance was down or died while handling it.</summary>
    public int BadGateways => Volatile.Read(ref _badGateways);

    /// <param name="instances">Each instance's Telegram:Webhook:ListenUrl.</param>
    public static WebhookBalancer Start(IReadOnlyList<Uri> instances) => new(FreePort(), instances);

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _listener.Close();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && _stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => PassAsync(context, _stop.Token));
        }
    }

    private async Task PassAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        var instance = _instances[(int)((uint)Interlocked.Increment(ref _next) % (uint)_instances.Count)];
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(instance, context.Request.Url!.AbsolutePath))
            {
                Content = new ByteArrayContent(body.ToArray()),
            };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType ?? "application/json");
            foreach (var name in context.Request.Headers.AllKeys.OfType<string>().Where(n => n.StartsWith("X-Telegram-", StringComparison.OrdinalIgnoreCase)))
            {
                request.Headers.TryAddWithoutValidation(name, context.Request.Headers[name]);
            }

            using var response = await _http.SendAsync(request, cancellationToken);
            context.Response.StatusCode = (int)response.StatusCode;
            await response.Content.CopyToAsync(context.Response.OutputStream, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            Interlocked.Increment(ref _badGateways);
            context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
        }

        try
        {
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // The fake gave up on this push already; it pushes again.
        }
    }
}
