namespace CareBot.Testing.FakeTelegram;

/// <summary>
/// One POST of an update to the bot's webhook: the status the bot answered (null when the request failed), and whether
/// the fake dropped the answer on purpose (<see cref="FakeTelegramServer.LoseNextWebhookAnswers"/>), so the update is
/// pushed again as after a lost connection.
/// </summary>
public sealed record WebhookPush(long UpdateId, int? StatusCode, bool AnswerLost);
