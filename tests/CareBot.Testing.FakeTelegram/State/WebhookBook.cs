namespace CareBot.Testing.FakeTelegram.State;

/// <summary>
/// The webhook side of the state: the registration, what was pushed and how the bot answered, the last error (as
/// getWebhookInfo reports it), and answers to drop on purpose. Not thread-safe: callers hold the state lock.
/// </summary>
internal sealed class WebhookBook
{
    private readonly List<WebhookPush> _pushes = [];

    public WebhookRegistration? Registration { get; set; }

    /// <summary>Update ids being pushed now; none is pushed twice at once.</summary>
    public HashSet<long> InFlight { get; } = [];

    public IReadOnlyList<WebhookPush> Pushes => _pushes;

    public int AnswersToLose { get; set; }

    public long? LastErrorDate { get; private set; }

    public string? LastErrorMessage { get; private set; }

    public void Record(WebhookPush push, long unixNow, string? error)
    {
        _pushes.Add(push);
        if (error is not null)
        {
            LastErrorDate = unixNow;
            LastErrorMessage = error;
        }
    }
}
