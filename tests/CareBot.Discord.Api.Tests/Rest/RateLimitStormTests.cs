using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Tests.Rest.Support;

namespace CareBot.Discord.Api.Tests.Rest;

public sealed class RateLimitStormTests
{
    [Fact]
    public async Task In_a_storm_of_429s_every_request_completes_exactly_once_with_bounded_attempts()
    {
        const int maxRetries = 10;
        await using var harness = await RestHarness.StartAsync(configure: rest => rest.MaxRateLimitRetries = maxRetries);
        var (guild, first) = harness.Community();
        var channels = new[] { first }.Concat(Enumerable.Range(1, 4).Select(i => harness.Fake.CreateTextChannel(guild, $"street-{i}"))).ToList();
        harness.Fake.RateLimitAtRandom(0.3, seed: 9, retryAfterSeconds: 0.02);

        var sends = Enumerable.Range(0, 60).Select(i => harness.Client.CreateMessageAsync(
            Ids.Of(channels[i % channels.Count]),
            new MessageCreate { Content = $"offer {i}", Nonce = $"offer-{i}" },
            TestTimeout.Token));
        var reads = Enumerable.Range(0, 20).Select(_ => harness.Client.GetCurrentUserAsync(TestTimeout.Token));
        var sent = await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(60));
        var read = await Task.WhenAll(reads).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(sent, result => Assert.True(result.IsSuccess, result.ToString()));
        Assert.All(read, result => Assert.True(result.IsSuccess, result.ToString()));
        Assert.Contains(harness.Fake.Requests, request => request.Status == 429);
        var shown = channels.SelectMany(channel => harness.Fake.MessagesIn(channel.Id)).Select(message => message.Content).ToList();
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"offer {i}").Order(), shown.Order());
        var attemptsPerOffer = harness.Fake.RequestsTo("POST /channels/{channel_id}/messages").GroupBy(request => request.Json!["nonce"]!.ToString());
        Assert.All(attemptsPerOffer, attempts => Assert.InRange(attempts.Count(), 1, maxRetries + 1));
    }
}
