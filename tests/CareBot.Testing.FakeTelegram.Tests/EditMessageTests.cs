using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class EditMessageTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task Editing_text_without_a_keyboard_removes_the_keyboard_as_on_the_server()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "Soup?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "y")), cancellationToken: Ct);

        var edited = await harness.Client.EditMessageText(group.Id, sent.Id, "Soup <i>claimed</i>", ParseMode.Html, cancellationToken: Ct);

        Assert.Equal("Soup claimed", edited.Text);
        Assert.NotNull(edited.EditDate);
        var now = harness.Server.MessagesIn(group).Single();
        Assert.Equal((1, "Soup claimed"), (now.EditCount, now.PlainText));
        Assert.Empty(now.Buttons);
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_is_refused()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "<b>Same</b>", ParseMode.Html, cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.EditMessageText(group.Id, sent.Id, "<b>Same</b>", ParseMode.Html, cancellationToken: Ct));

        Assert.StartsWith("Bad Request: message is not modified", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_keyboard_alone_can_be_replaced()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "Soup?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "y")), cancellationToken: Ct);

        await harness.Client.EditMessageReplyMarkup(group.Id, sent.Id, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Undo", "undo")), cancellationToken: Ct);

        Assert.Equal("undo", harness.Server.MessagesIn(group).Single().ButtonLabelled("Undo")!.CallbackData);
        Assert.Throws<InvalidOperationException>(() => harness.Server.PressButton(group, sent.Id, owner, "y"));
    }

    [Fact]
    public async Task Only_the_bots_own_existing_messages_can_be_edited()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var usersMessage = harness.Server.SendText(group, owner, "/need soup");

        var notMine = await harness.Raw.CallAsync("editMessageText", new { chat_id = group.Id, message_id = usersMessage, text = "x" }, Ct);
        var missing = await harness.Raw.CallAsync("editMessageText", new { chat_id = group.Id, message_id = 999, text = "x" }, Ct);

        Assert.Equal("Bad Request: message can't be edited", notMine.Description);
        Assert.Equal("Bad Request: message to edit not found", missing.Description);
    }
}
