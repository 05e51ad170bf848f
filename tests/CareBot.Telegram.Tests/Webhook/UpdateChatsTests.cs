using CareBot.Core.Engine;
using CareBot.Telegram.Updates;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareBot.Telegram.Tests.Webhook;

public sealed class UpdateChatsTests
{
    [Fact]
    public void A_private_chats_mark_is_the_one_forget_erases()
    {
        var from = new User { Id = 5551234, FirstName = "Ada" };
        var update = new Update { Id = 42, Message = new Message { Chat = new Chat { Id = from.Id, Type = ChatType.Private }, From = from, Text = "/mine" } };

        var cursor = UpdateChats.CursorOf(update);

        Assert.Equal(CursorNames.RecentUpdates(TelegramPeople.User(from).Ref), cursor.Name);
        Assert.DoesNotContain("5551234", cursor.Name, StringComparison.Ordinal);
        Assert.Equal("42", cursor.Value);
    }

    [Fact]
    public void A_press_is_in_the_chat_of_the_message_it_was_under()
    {
        var group = new Chat { Id = -100777, Type = ChatType.Supergroup };
        var message = new Update { Id = 1, Message = new Message { Chat = group, Text = "/needs" } };
        var press = new Update { Id = 2, CallbackQuery = new CallbackQuery { Id = "q", From = new User { Id = 9, FirstName = "Bo" }, Message = new Message { Chat = group } } };

        Assert.Equal(UpdateChats.KeyOf(message), UpdateChats.KeyOf(press));
    }
}
