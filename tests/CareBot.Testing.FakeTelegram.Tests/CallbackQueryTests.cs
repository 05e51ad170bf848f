using CareBot.Testing.FakeTelegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Testing.FakeTelegram.Tests;

public sealed class CallbackQueryTests
{
    private const string QueryTooOld = "Bad Request: query is too old and response timeout expired or query ID is invalid";

    private static CancellationToken Ct => TestTimeout.Token;

    [Fact]
    public async Task Pressing_a_button_sends_the_bot_a_callback_query_with_its_message()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "Soup?", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("Yes", "soup:yes"), InlineKeyboardButton.WithUrl("Map", "https://example.org/map")), cancellationToken: Ct);

        var press = harness.Server.PressButton(group, sent.Id, owner, "soup:yes");
        var query = (await harness.Client.GetUpdates(cancellationToken: Ct)).Single().CallbackQuery!;

        Assert.Equal((press.QueryId, "soup:yes", owner.Id), (query.Id, query.Data, query.From.Id));
        Assert.Equal(sent.Id, query.Message!.Id);
        Assert.Equal(group.Id, query.Message.Chat.Id);
        Assert.False(string.IsNullOrEmpty(query.ChatInstance));
    }

    [Fact]
    public async Task The_answer_is_recorded_for_the_test_to_inspect()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "Soup?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "soup:yes")), cancellationToken: Ct);
        var press = harness.Server.PressButtonLabelled(harness.Server.MessagesIn(group).Single(), owner, "Yes");

        await harness.Client.AnswerCallbackQuery(press.QueryId, "Thanks!", showAlert: true, cancellationToken: Ct);
        var answer = await harness.Server.WaitForCallbackAnswerAsync(press, Harness.Timeout, Ct);

        Assert.Equal(("Thanks!", true), (answer.Text, answer.ShowAlert));
        Assert.Equal(sent.Id, press.MessageId);
    }

    [Fact]
    public async Task An_unknown_query_id_is_too_old()
    {
        await using var harness = await Harness.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.AnswerCallbackQuery("12345", cancellationToken: Ct));

        Assert.Equal((400, QueryTooOld), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task A_query_can_be_answered_only_once()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "Soup?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "y")), cancellationToken: Ct);
        var press = harness.Server.PressButton(group, sent.Id, owner, "y");

        await harness.Client.AnswerCallbackQuery(press.QueryId, cancellationToken: Ct);
        var second = await harness.Raw.CallAsync("answerCallbackQuery", new { callback_query_id = press.QueryId }, Ct);

        Assert.Equal(QueryTooOld, second.Description);
    }

    [Fact]
    public async Task A_query_answered_too_late_has_expired()
    {
        var clock = new ManualClock();
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { TimeProvider = clock });
        var (group, owner) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "Soup?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "y")), cancellationToken: Ct);
        var press = harness.Server.PressButton(group, sent.Id, owner, "y");

        clock.Advance(TimeSpan.FromSeconds(16));
        var late = await harness.Raw.CallAsync("answerCallbackQuery", new { callback_query_id = press.QueryId }, Ct);

        Assert.Equal(QueryTooOld, late.Description);
        Assert.Null(harness.Server.AnswerTo(press));
    }

    [Fact]
    public async Task Only_buttons_the_bot_sent_can_be_pressed()
    {
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var sent = await harness.Client.SendMessage(group.Id, "Soup?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "y")), cancellationToken: Ct);

        var error = Assert.Throws<InvalidOperationException>(() => harness.Server.PressButton(group, sent.Id, owner, "forged"));

        Assert.Contains("'Yes' (y)", error.Message, StringComparison.Ordinal);
    }
}
