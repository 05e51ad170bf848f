using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Discord.Api.Tests.Rest;

/// <summary>
/// The fake keeps Discord's nonce rules, which CareBot's crash safety leans on: an enforced nonce the bot used in the
/// last few minutes returns that message, whatever the channel; after that it is forgotten; over 25 characters it is refused.
/// </summary>
public sealed class NonceTests
{
    [Fact]
    public async Task A_repeated_nonce_returns_the_message_already_posted_in_any_channel_until_it_is_forgotten()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await RestHarness.StartAsync(new FakeDiscordRestOptions { Time = clock });
        var (guild, here) = harness.Community();
        var there = harness.Fake.CreateTextChannel(guild, "elsewhere");

        var first = await SendAsync(harness, here, "outbox-7-0-1234567890");
        var again = await SendAsync(harness, there, "outbox-7-0-1234567890");
        clock.Advance(TimeSpan.FromMinutes(3));
        var later = await SendAsync(harness, here, "outbox-7-0-1234567890");

        Assert.Equal(first.Id, again.Id);
        Assert.Empty(harness.Fake.MessagesIn(there.Id));
        Assert.NotEqual(first.Id, later.Id);
        Assert.Equal(2, harness.Fake.MessagesIn(here.Id).Count);
    }

    [Fact]
    public async Task A_nonce_of_more_than_25_characters_is_refused_as_an_invalid_form_body()
    {
        await using var harness = await RestHarness.StartAsync();
        var (_, channel) = harness.Community();

        var fits = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?", Nonce = new string('7', 25) }, TestTimeout.Token).Within();
        var tooLong = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "soup?", Nonce = new string('7', 26) }, TestTimeout.Token).Within();

        Assert.True(fits.IsSuccess, fits.ToString());
        Assert.True(tooLong.Error?.Is(DiscordErrorCode.InvalidFormBody), tooLong.ToString());
        Assert.Contains(tooLong.Error!.FieldErrors, error => error.Path == "nonce" && error.Code == "BASE_TYPE_MAX_LENGTH");
        Assert.Single(harness.Fake.MessagesIn(channel.Id));
    }

    private static async Task<Message> SendAsync(RestHarness harness, FakeChannel channel, string nonce)
    {
        var sent = await harness.Client.CreateMessageAsync(Ids.Of(channel), new MessageCreate { Content = "Need #3 from Bob", Nonce = nonce }, TestTimeout.Token).Within();
        Assert.True(sent.IsSuccess, sent.ToString());
        return sent.Value;
    }
}
