using CareBot.Testing.FakeTelegram.Json;
using CareBot.Testing.FakeTelegram.State;

namespace CareBot.Testing.FakeTelegram;

/// <summary>
/// A basic group becoming a supergroup, as Telegram does it when the group grows or its admins change certain
/// settings: the chat gets a new id, and a bot that keeps using the old one is told where the chat went.
/// </summary>
public sealed partial class FakeTelegramServer
{
    /// <summary>
    /// <paramref name="by"/> (the group's creator or an administrator) upgrades the basic group: returns the new
    /// supergroup, with a new -100… id and the same title, username and members (the bot included). If the bot is in
    /// the group it gets two service messages, migrate_to_chat_id in the old chat then migrate_from_chat_id in the new
    /// one; from then on every call naming the old chat answers 400 with parameters.migrate_to_chat_id. With
    /// <paramref name="botMissesTheNews"/> the service messages are not queued for it, as if they had expired while it
    /// was offline (Telegram keeps undelivered updates for 24 hours): the 400 is then how it finds out.
    /// </summary>
    public FakeChat UpgradeToSupergroup(FakeChat group, FakeUser by, bool botMissesTheNews = false) => Mutate(() =>
    {
        if (group.Type != FakeChatType.Group)
        {
            throw new InvalidOperationException($"Only a basic group can become a supergroup; chat {group.Id} is a {group.TypeName} chat.");
        }

        var basic = _state.Chats.Group(group);
        if (basic.StatusOf(by.Id) is not (MemberStatus.Creator or MemberStatus.Administrator))
        {
            throw new InvalidOperationException($"{by.FirstName} is not the creator or an administrator of {group.Title}, so cannot upgrade it.");
        }

        // Whether the bot hears of it is decided before the move: it is told only if it was in the group.
        var botIsPresent = MemberStatus.IsPresent(basic.StatusOf(Bot.Id));
        var supergroup = _state.Chats.UpgradeToSupergroup(basic);
        var movedOut = MigrationMessage(basic, by, migrateToChatId: supergroup.Id, migrateFromChatId: null);
        var movedIn = MigrationMessage(supergroup, by, migrateToChatId: null, migrateFromChatId: basic.Id);
        foreach (var message in new[] { movedOut, movedIn })
        {
            _state.Messages.Add(message);
            if (botIsPresent && !botMissesTheNews)
            {
                // Service messages reach the bot whatever its privacy mode.
                _state.Updates.Enqueue("message", MessageJson.From(message));
            }
        }

        return supergroup.Chat;
    });

    private StoredMessage MigrationMessage(ChatRecord record, FakeUser by, long? migrateToChatId, long? migrateFromChatId) => new()
    {
        Chat = record,
        MessageId = record.NextMessageId(),
        From = by,
        Date = _state.UnixNow,
        MigrateToChatId = migrateToChatId,
        MigrateFromChatId = migrateFromChatId,
        SentAt = _state.Now,
    };
}
