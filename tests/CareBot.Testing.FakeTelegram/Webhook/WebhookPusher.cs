using System.Text;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Webhook;

/// <summary>
/// Pushes queued updates to the webhook while one is set, as Telegram does: a POST of the update with the secret in
/// X-Telegram-Bot-Api-Secret-Token; an answer other than 2xx (or none) means "again, after a while". Each chat's updates
/// go one at a time, in order; different chats' go in parallel, up to the webhook's max_connections.
/// </summary>
internal sealed class WebhookPusher : IAsyncDisposable
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private readonly FakeTelegramState _state;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _pushes = [];
    private readonly Task _loop;

    public WebhookPusher(FakeTelegramState state)
    {
        _state = state;
        _loop = Task.Run(RunAsync);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _state.Changed.Pulse();
        Task[] pushes;
        lock (_pushes)
        {
            pushes = [.. _pushes];
        }

        await Task.WhenAll([_loop, .. pushes]).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Task change;
            var due = new List<(QueuedUpdate Update, WebhookRegistration To)>();
            lock (_state.Gate)
            {
                change = _state.Changed.NextChange;
                if (_state.Webhook.Registration is { } webhook && !_state.IsStopping)
                {
                    var chats = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var update in _state.Updates.Pending)
                    {
                        // Only a chat's oldest update may go; the rest of the chat waits for it.
                        if (!chats.Add(update.Chat) || _state.Webhook.InFlight.Contains(update.UpdateId))
                        {
                            continue;
                        }

                        if (_state.Webhook.InFlight.Count >= webhook.MaxConnections)
                        {
                            break;
                        }

                        _state.Webhook.InFlight.Add(update.UpdateId);
                        due.Add((update, webhook));
                    }
                }
            }

            foreach (var (update, to) in due)
            {
                var push = Task.Run(() => PushAsync(update, to));
                lock (_pushes)
                {
                    _pushes.RemoveAll(task => task.IsCompleted);
                    _pushes.Add(push);
                }
            }

            await Task.WhenAny(change, Task.Delay(Timeout.Infinite, _stop.Token)).ConfigureAwait(false);
        }
    }

    private async Task PushAsync(QueuedUpdate update, WebhookRegistration to)
    {
        int? status = null;
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, to.Url)
            {
                Content = new StringContent(update.ToJson().ToJsonString(), Encoding.UTF8, "application/json"),
            };
            if (to.Secret is { } secret)
            {
                request.Headers.Add(SecretHeader, secret);
            }

            using var response = await Http.SendAsync(request, _stop.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"Wrong response from the webhook: {status} {response.ReasonPhrase}";
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            error = e is TaskCanceledException ? "Read timeout expired" : $"Connection failed: {e.Message}";
        }

        var delivered = error is null;
        lock (_state.Gate)
        {
            var lost = delivered && _state.Webhook.AnswersToLose > 0;
            if (lost)
            {
                // As if the connection broke after the bot answered: the update is pushed again.
                _state.Webhook.AnswersToLose--;
                delivered = false;
            }

            _state.Webhook.Record(new WebhookPush(update.UpdateId, status, lost), _state.UnixNow, error);
            if (delivered)
            {
                _state.Updates.Remove(update.UpdateId);
                _state.Webhook.InFlight.Remove(update.UpdateId);
            }
        }

        if (!delivered)
        {
            try
            {
                await Task.Delay(_state.Options.WebhookRetryDelay, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }

            lock (_state.Gate)
            {
                _state.Webhook.InFlight.Remove(update.UpdateId);
            }
        }

        _state.Changed.Pulse();
    }
}
