using CareBot.Testing.FakeTelegram.Http;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>A call in progress: its arguments, the server state and the moment it arrived.</summary>
internal sealed class BotApiCall(BotApiArguments arguments, FakeTelegramState state)
{
    public BotApiArguments Args { get; } = arguments;

    public FakeTelegramState State { get; } = state;

    public DateTimeOffset Now { get; } = state.Now;

    public long UnixNow => Now.ToUnixTimeSeconds();
}
