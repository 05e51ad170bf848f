namespace CareBot.Discord.Tests.Load;

/// <summary>
/// The least time Discord's limits allow for delivering a set of DMs, each no earlier than the command that caused it:
/// an ideal sender with no network time sends every request at the earliest moment the limits allow, in the order the
/// DMs were caused. A DM takes one request to the person's DM channel (5 in any 5 s, Discord's bucket for posting in a
/// channel), and the first DM to a person one more to open that channel; both count towards the bot's 50 requests a
/// second. Posts in the server's channel are left out: an ideal sender would send them after the DMs. A channel the
/// bot had opened before the clock started (CareBot opens them ahead, at a member's first command) is open for the ideal
/// sender too.
/// </summary>
internal static class DirectMessageFloor
{
    public static DateTimeOffset LastSend(
        IEnumerable<DirectMessageCause> messages, IReadOnlySet<ulong>? openAtStart = null, int perSecond = 50, int perChannel = 5, int channelWindowSeconds = 5)
    {
        var global = new RollingLimit(perSecond, TimeSpan.FromSeconds(1));
        var channels = new Dictionary<ulong, RollingLimit>();
        var last = DateTimeOffset.MinValue;
        foreach (var message in messages.OrderBy(message => message.CausedAt))
        {
            var at = message.CausedAt;
            if (!channels.TryGetValue(message.Recipient, out var channel))
            {
                channels[message.Recipient] = channel = new RollingLimit(perChannel, TimeSpan.FromSeconds(channelWindowSeconds));
                if (openAtStart?.Contains(message.Recipient) != true)
                {
                    at = global.EarliestFrom(at);
                    global.Record(at);
                }
            }

            // Both limits must allow the same moment: look again until neither moves it.
            var fits = at;
            do
            {
                at = fits;
                fits = channel.EarliestFrom(global.EarliestFrom(at));
            }
            while (fits != at);

            global.Record(at);
            channel.Record(at);
            last = at > last ? at : last;
        }

        return last;
    }

    /// <summary>
    /// Plain lower bounds, each on its own: every request within the global limit; the busiest DM channel within its
    /// bucket; and nothing sent before its cause.
    /// </summary>
    public static TimeSpan Bounds(
        IReadOnlyCollection<DirectMessageCause> messages, DateTimeOffset from, IReadOnlySet<ulong>? openAtStart = null, int perSecond = 50, int perChannel = 5, int channelWindowSeconds = 5)
    {
        var perRecipient = messages.GroupBy(message => message.Recipient).Select(group => group.Count()).ToList();
        var opens = messages.Select(message => message.Recipient).Distinct().Count(recipient => openAtStart?.Contains(recipient) != true);
        var requests = messages.Count + opens;
        var global = TimeSpan.FromSeconds(Math.Max(0, Ceiling(requests, perSecond) - 1));
        var busiest = TimeSpan.FromSeconds(channelWindowSeconds * Math.Max(0, Ceiling(perRecipient.DefaultIfEmpty(0).Max(), perChannel) - 1));
        var lastCause = messages.Count == 0 ? TimeSpan.Zero : messages.Max(message => message.CausedAt) - from;
        return new[] { global, busiest, lastCause }.Max();
    }

    private static int Ceiling(int count, int per) => (count + per - 1) / per;
}
