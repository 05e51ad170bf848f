namespace CareBot.Testing.FakeTelegram;

/// <summary>The webhook: what the bot registered, what was pushed, and answers to lose on purpose.</summary>
public sealed partial class FakeTelegramServer
{
    /// <summary>The URL set by setWebhook, or null while the bot polls.</summary>
    public Uri? WebhookUrl => Read(() => _state.Webhook.Registration?.Url);

    /// <summary>Every push so far, in the order the bot answered.</summary>
    public IReadOnlyList<WebhookPush> WebhookPushes => Read(() => _state.Webhook.Pushes.ToList());

    /// <summary>
    /// The bot's next <paramref name="count"/> 200 answers are treated as never received (a connection lost just after
    /// the bot committed): those updates are pushed again, to test that a second delivery is handled once.
    /// </summary>
    public void LoseNextWebhookAnswers(int count)
    {
        lock (_state.Gate)
        {
            _state.Webhook.AnswersToLose += count;
        }
    }
}
