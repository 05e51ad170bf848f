using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class FaultInjectionTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task The_next_calls_can_be_made_to_fail_with_a_server_error()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.FailNext("getMe", 2, FakeFault.ServerError());

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetMe(Ct));
        await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetMe(Ct));
        var third = await harness.Client.GetMe(Ct);

        Assert.Equal((500, "Internal Server Error"), (first.ErrorCode, first.Message));
        Assert.Equal("carebot_test_bot", third.Username);
        Assert.Equal(2, harness.Server.Requests.ServerErrorsIssued);
    }

    [Fact]
    public async Task An_injected_429_carries_its_retry_after_and_is_counted()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.FailNext("GetUpdates", 1, FakeFault.TooManyRequests(7));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetUpdates(cancellationToken: Ct));

        Assert.Equal((429, "Too Many Requests: retry after 7", 7), (error.ErrorCode, error.Message, error.Parameters!.RetryAfter));
        Assert.Equal(1, harness.Server.Requests.TooManyRequestsIssued);
    }

    [Fact]
    public async Task A_dropped_connection_reaches_the_client_as_a_request_failure()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.FailNext("getMe", 1, FakeFault.DropConnection());

        var error = await Assert.ThrowsAnyAsync<RequestException>(() => harness.Client.GetMe(Ct));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.NotNull(await harness.Client.GetMe(Ct));
    }

    [Fact]
    public async Task A_test_waiting_for_an_error_is_woken_as_soon_as_the_error_is_answered()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.FailNext("getMe", 1, FakeFault.ServerError());
        var waiting = harness.Server.WaitUntilAsync(() => harness.Server.Requests.ServerErrorsIssued == 1, TimeSpan.FromSeconds(30), Ct);

        await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetMe(Ct));

        // Nothing else happens after the error, so only the error itself can wake the waiter.
        await waiting;
    }
}
