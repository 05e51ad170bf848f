using System.Globalization;
using CareBot.Core.Platforms;
using CareBot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareBot.Telegram.Admins;

/// <summary>
/// Admin rights as Telegram has them (the group's creator and administrators), read with getChatMember and kept for
/// a minute, so a burst of admin commands costs one call and a demotion takes effect within the minute.
/// </summary>
internal sealed partial class TelegramAdminDirectory(ITelegramBotClient client, TimeProvider time, ILogger<TelegramAdminDirectory> logger) : IAdminDirectory
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Chat, string User), (bool IsAdmin, DateTimeOffset Until)> _cache = [];

    public string Platform => KnownPlatforms.Telegram;

    public async Task<bool> IsAdminAsync(UserRef user, SpaceRef space, CancellationToken cancellationToken)
    {
        if (user.Platform != KnownPlatforms.Telegram || space.Platform != KnownPlatforms.Telegram
            || !long.TryParse(space.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)
            || !long.TryParse(user.UserId, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return false;
        }

        var key = (space.ChatId, user.UserId);
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var known) && known.Until > time.GetUtcNow())
            {
                return known.IsAdmin;
            }
        }

        try
        {
            var member = await TelegramDeadlines.RunAsync(TelegramDeadlines.Call, token => client.GetChatMember(chatId, userId, token), cancellationToken);
            var isAdmin = member is ChatMemberOwner or ChatMemberAdministrator;
            lock (_gate)
            {
                _cache[key] = (isAdmin, time.GetUtcNow() + CacheFor);
            }

            return isAdmin;
        }
        catch (Exception e) when (ApiFailure.From(e) is { } failure)
        {
            // Unknown is not an admin: an admin command refused now can be typed again; one wrongly allowed can't be undone.
            LogCheckFailed(failure.ToString());
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Couldn't ask Telegram whether someone is a group admin ({Reason}); treating them as not an admin")]
    private partial void LogCheckFailed(string reason);
}
