using CareBot.Discord.Api.Gateway;

namespace CareBot.Discord.Api.Tests.Gateway;

public sealed class FatalCloseTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Fatal_close_codes_stop_the_client_without_reconnecting(int closeCode)
    {
        await using var gateway = await GatewayHarness.CreateAsync();
        var connection = await gateway.Run().Server.ExpectConnectionAsync();
        await connection.SendHelloAsync(GatewayHarness.Interval);
        await connection.ExpectIdentifyAsync();

        await connection.CloseAsync(closeCode);

        var stopped = await gateway.Running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(closeCode, stopped.FatalCloseCode);
        gateway.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Single(gateway.Server.Connections);
        Assert.Null(await gateway.Client.Events.ReadAllAsync().FirstOrDefaultAsync());
    }
}
