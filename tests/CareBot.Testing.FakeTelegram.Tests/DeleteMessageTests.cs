using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;

namespace CareBot.Testing.FakeTelegram.Tests;

/// <summary>deleteMessage as Telegram answers a bot that is not an admin: its own messages only, within 48 hours, once.</summary>
public sealed class DeleteMessageTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task The_bot_deletes_its_own_message_once_and_the_second_time_it_is_not_found()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "There's no need #99.", cancellationToken: Ct);

        await harness.Client.DeleteMessage(group.Id, sent.Id, Ct);
        var again = await harness.Raw.CallAsync("deleteMessage", new { chat_id = group.Id, message_id = sent.Id }, Ct);

        Assert.NotNull(harness.Server.MessagesIn(group).Single(m => m.MessageId == sent.Id).DeletedAt);
        Assert.Equal("Bad Request: message to delete not found", again.Description);
    }

    [Fact]
    public async Task A_members_message_cannot_be_deleted_by_a_bot_that_is_not_an_admin()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var theirs = harness.Server.SendText(group, owner, "hello everyone");

        var refused = await harness.Raw.CallAsync("deleteMessage", new { chat_id = group.Id, message_id = theirs }, Ct);

        Assert.Equal(400, refused.ErrorCode);
        Assert.Equal("Bad Request: message can't be deleted", refused.Description);
    }

    [Fact]
    public async Task A_message_older_than_48_hours_cannot_be_deleted()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });
        var (group, _) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "old news", cancellationToken: Ct);

        clock.Advance(TimeSpan.FromHours(49));
        var refused = await harness.Raw.CallAsync("deleteMessage", new { chat_id = group.Id, message_id = sent.Id }, Ct);

        Assert.Equal("Bad Request: message can't be deleted", refused.Description);
    }
}
