using CareBot.Testing.FakeTelegram.Http;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>One Bot API method the fake implements.</summary>
internal interface IBotApiMethod
{
    FakeMethodDescription Description { get; }

    ValueTask<BotApiResult> InvokeAsync(BotApiCall call, CancellationToken cancellationToken);
}
