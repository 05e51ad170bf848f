using System.Text.Json;
using System.Text.Json.Nodes;
using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// Long polling as the server does it: confirm by offset, answer at once when updates are pending, otherwise hold
/// the request until one arrives or the timeout is (nearly) up. A newer poll terminates an older one with 409.
/// </summary>
internal sealed class GetUpdatesMethod : IBotApiMethod
{
    private const int MaxLimit = 100;

    public FakeMethodDescription Description { get; } = new("getUpdates", ["offset", "limit", "timeout", "allowed_updates"], [], []);

    public async ValueTask<BotApiResult> InvokeAsync(BotApiCall call, CancellationToken cancellationToken)
    {
        var state = call.State;
        var limit = (int)Math.Clamp(call.Args.GetInteger("limit") ?? MaxLimit, 1, MaxLimit);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, call.Args.GetInteger("timeout") ?? 0));
        // The expiry timer exists before the poll is visible as in flight, so a test that sees the poll waiting
        // and then advances a fake clock always moves this timer.
        using var expiryCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = timeout - state.Options.LongPollEarlyReturn;
        var expiry = timeout > TimeSpan.Zero && wait > TimeSpan.Zero
            ? Task.Delay(wait, state.Time, expiryCancellation.Token)
            : Task.CompletedTask;
        PollSession session;
        lock (state.Gate)
        {
            if (state.Webhook.Registration is not null)
            {
                return BotApiErrors.WebhookActive;
            }

            if (call.Args.GetInteger("offset") is { } offset)
            {
                state.Updates.Confirm(offset);
            }

            if (call.Args.GetJson("allowed_updates") is { ValueKind: JsonValueKind.Array } allowed)
            {
                state.Updates.SetAllowed([.. allowed.EnumerateArray().Select(type => type.GetString() ?? "")]);
            }

            session = state.Updates.BeginPoll();
        }

        state.Changed.Pulse(); // confirmed updates and a terminated poll are changes others may wait for
        try
        {
            return await PollAsync(state, session, limit, expiry, cancellationToken);
        }
        finally
        {
            await expiryCancellation.CancelAsync();
            lock (state.Gate)
            {
                state.Updates.EndPoll(session);
            }

            state.Changed.Pulse();
        }
    }

    private static async Task<BotApiResult> PollAsync(FakeTelegramState state, PollSession session, int limit, Task expiry, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task change;
            lock (state.Gate)
            {
                if (session.Terminated)
                {
                    return BotApiErrors.PollConflict;
                }

                var batch = state.Updates.Peek(limit);
                if (batch.Count > 0 || expiry.IsCompleted || state.IsStopping)
                {
                    return BotApiResult.Ok(new JsonArray([.. batch.Select(update => (JsonNode)update.ToJson())]));
                }

                change = state.Changed.NextChange;
            }

            await Task.WhenAny(change, expiry).WaitAsync(cancellationToken);
        }
    }
}
