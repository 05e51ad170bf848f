using CareBot.Discord.Api.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class RegistrationTests
{
    [Fact]
    public void A_missing_token_stops_the_host_at_start_up()
    {
        using var services = new ServiceCollection().AddLogging().AddDiscordRest(api => api.Token = "").BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Token", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ceiling_at_or_above_Discords_ban_threshold_is_refused_at_start_up()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddDiscordRest(api => api.Token = "t", rest => rest.InvalidRequestLimit = 10_000)
            .BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }
}
