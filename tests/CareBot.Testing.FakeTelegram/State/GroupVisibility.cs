namespace CareBot.Testing.FakeTelegram.State;

/// <summary>
/// Which group messages reach the bot. With privacy mode on (the default for every new bot) Telegram delivers only
/// commands, replies to the bot, mentions of it and service messages, unless the bot is an administrator.
/// </summary>
internal static class GroupVisibility
{
    public static bool BotSees(FakeTelegramState state, ChatRecord group, string text, StoredMessage? replyTo)
    {
        var botStatus = group.StatusOf(state.Bot.Id);
        if (!MemberStatus.IsPresent(botStatus))
        {
            return false;
        }

        return !state.Options.PrivacyMode
            || botStatus is MemberStatus.Administrator or MemberStatus.Creator
            || IsCommandForThisBot(text, state.Bot.Username!)
            || replyTo?.IsOutgoing == true
            || text.Contains('@' + state.Bot.Username, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"/cmd" reaches every bot in the group; "/cmd@other_bot" only that one.</summary>
    private static bool IsCommandForThisBot(string text, string botUsername)
    {
        if (!text.StartsWith('/'))
        {
            return false;
        }

        var command = text.Split(' ', '\n')[0];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        return at < 0 || string.Equals(command[(at + 1)..], botUsername, StringComparison.OrdinalIgnoreCase);
    }
}
