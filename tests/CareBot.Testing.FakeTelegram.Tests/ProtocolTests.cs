using System.Net;
using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class ProtocolTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task Get_me_returns_the_configured_bot()
    {
        await using var harness = await Harness.StartAsync();

        var me = await harness.Client.GetMe(Ct);

        Assert.Equal((123456L, true, "carebot_test_bot"), (me.Id, me.IsBot, me.Username));
        Assert.True(me.CanJoinGroups);
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        await using var harness = await Harness.StartAsync();

        var response = await harness.Raw.CallWithTokenAsync("123456:wrong", "getMe", null, Ct);
        var client = new TelegramBotClient(new TelegramBotClientOptions("123456:wrong", harness.Server.BaseUrl.ToString()));

        Assert.Equal((HttpStatusCode.Unauthorized, 401, "Unauthorized"), (response.Status, response.ErrorCode, response.Description));
        Assert.False(await client.TestApi(Ct));
    }

    [Fact]
    public async Task An_unknown_method_is_not_found()
    {
        await using var harness = await Harness.StartAsync();

        var response = await harness.Raw.CallAsync("sendTelepathy", new { chat_id = 1 }, Ct);

        Assert.Equal((HttpStatusCode.NotFound, "Not Found"), (response.Status, response.Description));
        Assert.Equal(1, harness.Server.Requests.ClientErrorsIssued);
    }

    [Fact]
    public async Task Method_names_are_case_insensitive()
    {
        await using var harness = await Harness.StartAsync();

        var response = await harness.Raw.CallAsync("GETME", null, Ct);

        Assert.True(response.Ok);
        Assert.Equal(1, harness.Server.Requests.RequestsTo("getMe"));
    }

    [Fact]
    public async Task Parameters_may_come_in_the_query_string_or_a_form()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();
        using var viaGet = new HttpRequestMessage(HttpMethod.Get, harness.Raw.MethodUri("sendMessage", $"chat_id={group.Id}&text=from+the+query"));
        using var viaForm = new HttpRequestMessage(HttpMethod.Post, harness.Raw.MethodUri("sendMessage"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["chat_id"] = group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["text"] = "from a form",
                ["reply_markup"] = """{"inline_keyboard":[[{"text":"Go","callback_data":"go"}]]}""",
            }),
        };

        Assert.True((await harness.Raw.SendAsync(viaGet, Ct)).Ok);
        Assert.True((await harness.Raw.SendAsync(viaForm, Ct)).Ok);

        Assert.Equal(["from the query", "from a form"], harness.Server.MessagesIn(group).Select(message => message.PlainText));
        Assert.Equal("go", harness.Server.MessagesIn(group)[1].ButtonLabelled("Go")!.CallbackData);
    }

    [Fact]
    public async Task A_missing_required_parameter_is_a_bad_request()
    {
        await using var harness = await Harness.StartAsync();

        var error = await harness.Raw.CallAsync("sendMessage", new { text = "to nobody" }, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, "Bad Request: chat_id is empty"), (error.Status, error.Description));
    }

    [Fact]
    public async Task Unknown_parameters_are_accepted_but_recorded()
    {
        await using var harness = await Harness.StartAsync();
        var (group, _) = await harness.GroupWithBotAsync();

        var response = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = "hi", disable_web_page_preview = true }, Ct);

        Assert.True(response.Ok);
        Assert.Equal([new UnknownParameter("sendMessage", "disable_web_page_preview")], harness.Server.Requests.UnknownParameters);
    }

    [Fact]
    public async Task The_real_client_sends_only_parameters_the_methods_have()
    {
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled });
        var (group, owner) = await harness.GroupWithBotAsync();
        var client = harness.Client;
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "y"));

        var sent = await client.SendMessage(group.Id, "<b>hi</b>", ParseMode.Html, new ReplyParameters { MessageId = 1, AllowSendingWithoutReply = true },
            keyboard, new LinkPreviewOptions { IsDisabled = true }, cancellationToken: Ct);
        await client.SendPhoto(group.Id, InputFile.FromStream(new MemoryStream(TestImages.Png2x3), "p.png"), "<i>map</i>", ParseMode.Html, replyMarkup: keyboard, cancellationToken: Ct);
        await client.EditMessageText(group.Id, sent.Id, "edited", replyMarkup: keyboard, cancellationToken: Ct);
        await client.EditMessageReplyMarkup(group.Id, sent.Id, null, cancellationToken: Ct);
        await client.GetUpdates(offset: 1, limit: 10, timeout: 0, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery], cancellationToken: Ct);
        await client.SetMyCommands([new BotCommand { Command = "offer", Description = "Offer help" }], BotCommandScope.ChatMember(group.Id, owner.Id), "en", Ct);
        await client.GetMyCommands(BotCommandScope.AllChatAdministrators(), "en", Ct);
        await client.DeleteMyCommands(BotCommandScope.AllPrivateChats(), cancellationToken: Ct);
        await client.GetChatMember(group.Id, owner.Id, Ct);
        await client.GetChat(group.Id, Ct);
        await client.SendChatAction(group.Id, ChatAction.Typing, cancellationToken: Ct);
        await client.DeleteWebhook(dropPendingUpdates: true, Ct);
        await Assert.ThrowsAsync<ApiRequestException>(() => client.AnswerCallbackQuery("1", "x", true, "https://t.me/x", 5, Ct));
        await client.LeaveChat(group.Id, Ct);

        Assert.Empty(harness.Server.Requests.UnknownParameters);
        Assert.Contains("link_preview_options", harness.Server.Requests.ParametersSentTo("sendMessage"));
        Assert.DoesNotContain(harness.Server.Requests.Errors, error => error.Method != "answerCallbackQuery");
    }
}
