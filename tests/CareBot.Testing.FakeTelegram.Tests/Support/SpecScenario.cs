namespace CareBot.Testing.FakeTelegram.Tests.Support;

/// <summary>
/// Calls every implemented method in a setting rich enough that the answers carry their optional parts (entities,
/// keyboards, replies, photos, documents, every member status, every update kind, a group's upgrade), so their shapes can be checked.
/// </summary>
public static class SpecScenario
{
    public static async Task<IReadOnlyList<(string Method, RawResponse Response)>> RunAsync(Harness harness, CancellationToken cancellationToken)
    {
        var server = harness.Server;
        var answers = new List<(string, RawResponse)>();
        async Task<RawResponse> Call(string method, object? parameters)
        {
            var response = await harness.Raw.CallAsync(method, parameters, cancellationToken);
            answers.Add((method, response));
            return response;
        }

        var owner = server.CreateUser("Olga", "olga", languageCode: "en");
        var admin = server.CreateUser("Ana");
        var member = server.CreateUser("Max");
        var banned = server.CreateUser("Bo");
        var group = server.CreateGroup("Neighbours", owner, username: "neighbours");
        server.AddBotToGroup(group, owner, asAdministrator: true);
        server.SetChatAdmin(group, admin);
        server.JoinGroup(group, member);
        server.BanFromGroup(group, banned);
        server.UserStartsBot(member, "welcome");
        var request = server.SendText(group, owner, "/need@carebot_test_bot soup");

        var keyboard = new { inline_keyboard = new[] { new object[] { new { text = "Help", callback_data = "claim:1" }, new { text = "Map", url = "https://example.org" } } } };
        var sent = await Call("sendMessage", new
        {
            chat_id = group.Id,
            text = "<b>Soup</b> for <a href=\"https://example.org\">Olga</a> <pre><code class=\"language-text\">x</code></pre>",
            parse_mode = "HTML",
            reply_markup = keyboard,
            reply_parameters = new { message_id = request },
            link_preview_options = new { is_disabled = true },
        });
        var messageId = sent.Result.GetProperty("message_id").GetInt32();
        await Call("sendPhoto", new { chat_id = group.Id, photo = "https://example.org/map.png", caption = "<i>Map</i>", parse_mode = "HTML" });
        await Call("sendDocument", new { chat_id = member.Id, document = "https://example.org/export.json", caption = "<b>Your data</b>", parse_mode = "HTML" });
        await Call("editMessageText", new { chat_id = group.Id, message_id = messageId, text = "<b>Soup</b> claimed", parse_mode = "HTML", reply_markup = keyboard });
        await Call("editMessageReplyMarkup", new { chat_id = group.Id, message_id = messageId });
        await Call("sendMessage", new { chat_id = group.Id, text = "Help?", reply_markup = keyboard });
        var press = server.PressButton(group, messageId + 2, admin, "claim:1");
        server.BlockBot(member);
        var street = server.CreateGroup("Street", owner, FakeChatType.Group);
        server.AddBotToGroup(street, owner);
        server.UpgradeToSupergroup(street, owner);

        var brief = await Call("sendMessage", new { chat_id = group.Id, text = "There's no need #99." });
        await Call("deleteMessage", new { chat_id = group.Id, message_id = brief.Result.GetProperty("message_id").GetInt32() });

        await Call("getUpdates", new { allowed_updates = Array.Empty<string>() });
        await Call("answerCallbackQuery", new { callback_query_id = press.QueryId, text = "Thanks" });
        await Call("getMe", null);
        await Call("getChat", new { chat_id = group.Id });
        await Call("getChat", new { chat_id = member.Id });
        foreach (var user in new[] { owner, admin, member, banned, server.CreateUser("Sam"), server.Bot })
        {
            await Call("getChatMember", new { chat_id = group.Id, user_id = user.Id });
        }

        await Call("setMyCommands", new { commands = new[] { new { command = "need", description = "Ask for help" } }, scope = new { type = "chat_member", chat_id = group.Id, user_id = admin.Id } });
        await Call("getMyCommands", new { scope = new { type = "chat_member", chat_id = group.Id, user_id = admin.Id } });
        await Call("deleteMyCommands", new { scope = new { type = "all_group_chats" }, language_code = "de" });
        await Call("sendChatAction", new { chat_id = group.Id, action = "typing" });
        await Call("getWebhookInfo", null);
        await Call("setWebhook", new { url = "https://bot.example.org/telegram", secret_token = "s3cret", max_connections = 10 });
        await Call("getWebhookInfo", null);
        await Call("deleteWebhook", new { drop_pending_updates = true });
        await Call("leaveChat", new { chat_id = group.Id });
        return answers;
    }
}
