namespace CareBot.Testing.FakeTelegram;

/// <summary>What the bot did, read as snapshots taken under the server's lock.</summary>
public sealed partial class FakeTelegramServer
{
    /// <summary>Every message the bot sent, in sending order, each in its current (possibly edited) state.</summary>
    public IReadOnlyList<SentMessage> SentMessages => Read(() => _state.Messages.Outgoing.Select(message => message.ToSentMessage()).ToList());

    /// <summary>Every send answered 429, with the limit it would have passed.</summary>
    public IReadOnlyList<RateLimitRefusal> RateLimitRefusals => Read(() => _state.RateLimiter.Refusals);

    public IReadOnlyList<SentMessage> MessagesIn(FakeChat chat) =>
        Read(() => _state.Messages.Outgoing.Where(message => message.Chat.Id == chat.Id).Select(message => message.ToSentMessage()).ToList());

    public IReadOnlyList<SentMessage> PhotosSent => [.. SentMessages.Where(message => message.Photo is not null)];

    /// <summary>The menu set for exactly this scope and language ("" = all languages), or null if none is set.</summary>
    public IReadOnlyList<RegisteredCommand>? CommandsFor(CommandScope scope, string languageCode = "") =>
        Read(() => _state.Commands.Get(scope, languageCode));

    public IReadOnlyDictionary<(CommandScope Scope, string Language), IReadOnlyList<RegisteredCommand>> CommandMenus =>
        Read(() => _state.Commands.All());

    public IReadOnlyList<SentChatAction> ChatActions => Read(() => _state.ChatActions.ToList());

    /// <summary>How the bot answered a press, or null while unanswered.</summary>
    public CallbackAnswer? AnswerTo(PressedButton press) => Read(() => _state.CallbackQueries.AnswerTo(press.QueryId));

    /// <summary>Updates queued and not yet confirmed by the bot (confirming = polling again with a higher offset).</summary>
    public int PendingUpdateCount => Read(() => _state.Updates.Count);

    /// <summary>True while a getUpdates call is waiting for updates: the bot is listening.</summary>
    public bool IsLongPolling => Read(() => _state.Updates.IsPolling);

    /// <summary>A member's status as Telegram sees it: creator, administrator, member, left or kicked.</summary>
    public string StatusOf(FakeChat group, FakeUser user) => Read(() => _state.Chats.Group(group).StatusOf(user.Id));

    /// <summary>The first bot message in the chat (already sent or still to come) that satisfies the predicate.</summary>
    public Task<SentMessage> WaitForMessageAsync(FakeChat chat, Func<SentMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitForAsync(
            () => MessagesIn(chat).FirstOrDefault(predicate),
            timeout,
            () => $"No matching message in chat {chat.Id} within {timeout}. {Diagnostics(chat)}",
            cancellationToken);

    /// <summary>Waits until the bot has sent at least <paramref name="count"/> messages to the chat; returns them all.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForMessageCountAsync(FakeChat chat, int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitForAsync(
            () => MessagesIn(chat) is { } messages && messages.Count >= count ? messages : null,
            timeout,
            () => $"Fewer than {count} messages in chat {chat.Id} within {timeout}. {Diagnostics(chat)}",
            cancellationToken);

    public Task<CallbackAnswer> WaitForCallbackAnswerAsync(PressedButton press, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitForAsync(
            () => AnswerTo(press),
            timeout,
            () => $"Callback query {press.QueryId} ('{press.CallbackData}') was not answered within {timeout}. {Diagnostics(null)}",
            cancellationToken);

    /// <summary>Waits until the bot has confirmed every update, i.e. it has handled them and polled again.</summary>
    public Task WaitForUpdatesConsumedAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => PendingUpdateCount == 0, timeout, cancellationToken);

    /// <summary>Waits for any condition over the fake's state; it is re-checked after every request and scripted action.</summary>
    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitForAsync(() => condition() ? this : null, timeout, () => $"Condition not met within {timeout}. {Diagnostics(null)}", cancellationToken);

    /// <summary>
    /// Polls <paramref name="probe"/> after every change. The timeout is wall-clock time even with a fake
    /// TimeProvider, because it bounds how long the test waits for the bot, not time inside the scenario.
    /// </summary>
    private async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan timeout, Func<string> describeFailure, CancellationToken cancellationToken)
        where T : class
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var change = _state.Changed.NextChange;
            if (probe() is { } found)
            {
                return found;
            }

            try
            {
                await change.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(describeFailure());
            }
        }
    }

    private string Diagnostics(FakeChat? chat)
    {
        var messages = chat is null ? SentMessages : MessagesIn(chat);
        var sent = string.Join(" | ", messages.TakeLast(5).Select(message => $"#{message.MessageId}: {message.PlainText}"));
        var errors = string.Join(" | ", Requests.Errors.TakeLast(5).Select(error => $"{error.Method} {error.ErrorCode} {error.Description}"));
        return $"Last messages: [{sent}]. Last errors: [{errors}]. Pending updates: {PendingUpdateCount}.";
    }

    private T Read<T>(Func<T> read)
    {
        lock (_state.Gate)
        {
            return read();
        }
    }
}
