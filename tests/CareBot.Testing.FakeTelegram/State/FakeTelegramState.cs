using CareBot.Testing.FakeTelegram.RateLimits;

namespace CareBot.Testing.FakeTelegram.State;

/// <summary>
/// Everything the fake server knows. One lock (<see cref="Gate"/>) guards all of it: the fake is small and a single
/// lock makes every method call and every scripted user action atomic, as they are on the real server.
/// </summary>
internal sealed class FakeTelegramState
{
    public FakeTelegramState(FakeTelegramOptions options)
    {
        Options = options;
        Bot = new FakeUser(options.BotId, options.BotFirstName, options.BotUsername, IsBot: true);
        Chats = new ChatDirectory(Bot);
        RateLimiter = new SendRateLimiter(options.RateLimits);
    }

    public object Gate { get; } = new();

    public FakeTelegramOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    public DateTimeOffset Now => Time.GetUtcNow();

    public long UnixNow => Now.ToUnixTimeSeconds();

    public FakeUser Bot { get; }

    public ChatDirectory Chats { get; }

    public MessageStore Messages { get; } = new();

    public UpdateQueue Updates { get; } = new();

    public WebhookBook Webhook { get; } = new();

    public CallbackQueryBook CallbackQueries { get; } = new();

    public CommandRegistry Commands { get; } = new();

    public List<SentChatAction> ChatActions { get; } = [];

    public SendRateLimiter RateLimiter { get; }

    public RequestLog Log { get; } = new();

    public FaultInjector Faults { get; } = new();

    public ChangeSignal Changed { get; } = new();

    /// <summary>Set when the server shuts down, so pending long polls answer at once instead of holding up teardown.</summary>
    public bool IsStopping { get; set; }
}
