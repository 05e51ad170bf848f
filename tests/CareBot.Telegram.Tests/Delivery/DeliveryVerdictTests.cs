using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Telegram.Api;
using CareBot.Delivery;
using CareBot.Telegram.Delivery;

namespace CareBot.Telegram.Tests.Delivery;

public sealed class DeliveryVerdictTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    private static OutboxMessage To(ConversationKind kind) =>
        new(new Destination(KnownPlatforms.Telegram, kind == ConversationKind.Group ? "-100123" : "42", kind), OutgoingMessage.Text("hi"), 1, [], Now, Now);

    public static TheoryData<ApiFailureKind, int, string, ConversationKind, VerdictKind> Answers => new()
    {
        { ApiFailureKind.Forbidden, 403, "Forbidden: bot can't initiate conversation with a user", ConversationKind.Direct, VerdictKind.Hold },
        { ApiFailureKind.Forbidden, 403, "Forbidden: bot was blocked by the user", ConversationKind.Direct, VerdictKind.Hold },
        { ApiFailureKind.Forbidden, 403, "Forbidden: user is deactivated", ConversationKind.Direct, VerdictKind.Fail },
        { ApiFailureKind.Forbidden, 403, "Forbidden: bot can't send messages to bots", ConversationKind.Direct, VerdictKind.Fail },
        { ApiFailureKind.Forbidden, 403, "Forbidden: bot was kicked from the supergroup chat", ConversationKind.Group, VerdictKind.Fail },
        { ApiFailureKind.BadRequest, 400, "Bad Request: chat not found", ConversationKind.Group, VerdictKind.Fail },
        { ApiFailureKind.TooManyRequests, 429, "Too Many Requests: retry after 7", ConversationKind.Group, VerdictKind.RetryLater },
        { ApiFailureKind.Transient, 502, "Bad Gateway", ConversationKind.Direct, VerdictKind.RetryLater },
        { ApiFailureKind.Transient, 0, "Bot API Service Failure: HttpRequestException", ConversationKind.Direct, VerdictKind.RetryLater },
        { ApiFailureKind.Unauthorized, 401, "Unauthorized", ConversationKind.Direct, VerdictKind.Fatal },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Telegrams_answer_decides_what_happens_to_the_message(ApiFailureKind kind, int code, string description, ConversationKind to, VerdictKind verdict)
    {
        Assert.Equal(verdict, TelegramVerdicts.For(new ApiFailure(kind, code, description), To(to)).Kind);
    }

    [Fact]
    public void A_429_is_retried_after_exactly_the_wait_Telegram_asked_for()
    {
        var verdict = TelegramVerdicts.For(new ApiFailure(ApiFailureKind.TooManyRequests, 429, "Too Many Requests: retry after 7", TimeSpan.FromSeconds(7)), To(ConversationKind.Group));

        Assert.Equal(TimeSpan.FromSeconds(7), verdict.Delay);
    }

    [Fact]
    public void A_group_upgraded_to_a_supergroup_is_moved_to_its_new_chat_id_not_given_up_on()
    {
        var upgraded = new ApiFailure(ApiFailureKind.BadRequest, 400, "Bad Request: group chat was upgraded to a supergroup chat") { MigratedTo = -1001234567890 };

        var verdict = TelegramVerdicts.For(upgraded, To(ConversationKind.Group));

        Assert.Equal(VerdictKind.Moved, verdict.Kind);
        Assert.Equal("-1001234567890", verdict.MovedTo?.ChatId);
    }

    [Fact]
    public void Accepted_means_sent()
    {
        Assert.Equal(VerdictKind.Sent, TelegramVerdicts.For(null, To(ConversationKind.Direct)).Kind);
    }
}
