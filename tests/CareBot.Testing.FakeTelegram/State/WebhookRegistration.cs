namespace CareBot.Testing.FakeTelegram.State;

/// <summary>The webhook set by setWebhook: where updates are pushed, the secret sent with each, and how many at once.</summary>
internal sealed record WebhookRegistration(Uri Url, string? Secret, int MaxConnections);
