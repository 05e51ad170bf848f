using System.Net;
using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class SendMessageTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task A_message_comes_back_in_a_shape_the_real_client_reads()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("I can help", "claim:42"));

        var message = await harness.Client.SendMessage(group.Id, "<b>Soup</b> needed", ParseMode.Html, replyMarkup: keyboard, cancellationToken: Ct);

        Assert.Equal("Soup needed", message.Text);
        Assert.Equal(MessageEntityType.Bold, Assert.Single(message.Entities!).Type);
        Assert.Equal(group.Id, message.Chat.Id);
        Assert.Equal(ChatType.Supergroup, message.Chat.Type);
        Assert.Equal("Neighbours", message.Chat.Title);
        Assert.Equal(harness.Server.Bot.Id, message.From!.Id);
        Assert.Equal("claim:42", message.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        var sent = Assert.Single(harness.Server.MessagesIn(group));
        Assert.Equal(("<b>Soup</b> needed", "Soup needed", "Html"), (sent.Text, sent.PlainText, sent.ParseMode));
        Assert.Equal(new SentButton("I can help", "claim:42", null), sent.ButtonLabelled("I can help"));
    }

    [Fact]
    public async Task An_unknown_chat_is_not_found()
    {
        await using var harness = await Harness.StartAsync();

        var response = await harness.Raw.CallAsync("sendMessage", new { chat_id = 999, text = "hi" }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, 400, "Bad Request: chat not found"), (response.Status, response.ErrorCode, response.Description));
    }

    [Theory]
    [InlineData("", "Bad Request: message text is empty")]
    [InlineData("   \n ", "Bad Request: text must be non-empty")]
    [InlineData("<b> </b>", "Bad Request: text must be non-empty")]
    public async Task Text_that_is_empty_after_parsing_is_refused(string text, string error)
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        var response = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text, parse_mode = "HTML" }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, error), (response.Status, response.Description));
    }

    [Fact]
    public async Task Text_is_measured_after_html_parsing_in_utf16_code_units()
    {
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled });
        var (group, _) = await harness.GroupWithBotAsync();
        var exactlyAtLimit = "<b>" + new string('x', 4094) + "</b>🍲"; // the emoji is two code units
        var oneOver = exactlyAtLimit + "!";

        var accepted = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = exactlyAtLimit, parse_mode = "HTML" }, Ct);
        var refused = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = oneOver, parse_mode = "HTML" }, Ct);

        Assert.True(accepted.Ok);
        Assert.Equal("Bad Request: message is too long", refused.Description);
    }

    [Fact]
    public async Task Invalid_html_is_refused_and_the_client_sees_why()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendMessage(group.Id, "Need <soup> & bread", ParseMode.Html, cancellationToken: Ct));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: Unsupported start tag \"soup\" at byte offset 5", error.Message);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public async Task Callback_data_is_limited_to_64_bytes_of_utf8(int bytes, bool accepted)
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var data = new string('é', bytes / 2) + new string('x', bytes % 2); // é is two bytes but one character
        var markup = new { inline_keyboard = new[] { new[] { new { text = "Go", callback_data = data } } } };

        var response = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = "hi", reply_markup = markup }, Ct);

        Assert.Equal(accepted, response.Ok);
        Assert.Equal(accepted ? "" : "Bad Request: BUTTON_DATA_INVALID", accepted ? "" : response.Description);
    }

    [Theory]
    [InlineData("callback_data")]
    [InlineData("url")]
    public async Task Empty_callback_data_or_url_leaves_a_text_button_which_inline_keyboards_refuse(string action)
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var button = new Dictionary<string, string> { ["text"] = "Go", [action] = "" };
        var markup = new { inline_keyboard = new[] { new[] { button } } };

        var response = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = "hi", reply_markup = markup }, Ct);

        Assert.Equal("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard", response.Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n")]
    public async Task A_button_needs_a_label(string label)
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        var markup = new { inline_keyboard = new[] { new[] { new { text = label, callback_data = "go" } } } };

        var response = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = "hi", reply_markup = markup }, Ct);

        Assert.Equal("Bad Request: BUTTON_TEXT_INVALID", response.Description);
    }

    [Fact]
    public async Task A_reply_points_at_the_message_it_answers()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var question = harness.Server.SendText(group, owner, "/need soup");

        var reply = await harness.Client.SendMessage(group.Id, "Noted", replyParameters: new ReplyParameters { MessageId = question }, cancellationToken: Ct);
        var missing = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = "x", reply_parameters = new { message_id = 9999 } }, Ct);

        Assert.Equal("/need soup", reply.ReplyToMessage!.Text);
        Assert.Equal(question, harness.Server.MessagesIn(group).Single().ReplyToMessageId);
        Assert.Equal("Bad Request: message to be replied not found", missing.Description);
    }

    [Fact]
    public async Task A_disabled_link_preview_is_recorded()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        await harness.Client.SendMessage(group.Id, "https://example.org", linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: Ct);

        Assert.True(harness.Server.MessagesIn(group).Single().LinkPreviewDisabled);
    }
}
