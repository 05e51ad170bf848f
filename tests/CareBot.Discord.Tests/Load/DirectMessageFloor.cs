namespace CareBot.Discord.Tests.Load;

/// <summary>
/// The least time Discord's limits allow for delivering a set of DMs, each no earlier than the command that caused it:
/// an ideal sender with no network time sends every request at the earliest moment the limits allow, in the order the
/// requests became possible. A DM takes one request to the person's DM channel (5 in any 5 s, Discord's bucket for
/// posting in a channel), and the first DM to a person one more, before it, to open that channel; both count towards
/// the bot's 50 requests a second. Posts in the server's channel are left out: an ideal sender would send them after
/// the DMs.
/// </summary>
/// <remarks>
/// The ideal sender starts where the bot started: what the bot had sent in the second before the first command still
/// counts towards the 50, and a channel the bot had opened by then is open. Like CareBot, it may open a member's
/// channel from the member's first command (or the first DM's cause, if that is sooner), and it knows whom the DMs will
/// go to. Before, a channel CareBot had opened before the first /need was open for the ideal sender too, while the
/// places those openings took were not counted: a state no sender could be in, which put the floor a whole second
/// under what any sender could do when the openings filled the second before the first /need (docs/benchmarks.md).
/// </remarks>
internal static class DirectMessageFloor
{
    /// <param name="openableFrom">When each member's channel may first be opened: their first command; missing: the first DM's cause.</param>
    /// <param name="countedBefore">The bot's requests before the first command that still count towards its 50 a second.</param>
    /// <param name="openAtStart">Members whose channel the bot had opened before the first command.</param>
    public static DateTimeOffset LastSend(
        IEnumerable<DirectMessageCause> messages,
        IReadOnlyDictionary<ulong, DateTimeOffset>? openableFrom = null,
        IEnumerable<DateTimeOffset>? countedBefore = null,
        IReadOnlySet<ulong>? openAtStart = null,
        int perSecond = 50,
        int perChannel = 5,
        int channelWindowSeconds = 5)
    {
        var global = new RollingLimit(perSecond, TimeSpan.FromSeconds(1));
        foreach (var sent in countedBefore ?? [])
        {
            global.Record(sent);
        }

        var dms = messages.ToList();
        var opens = dms.GroupBy(dm => dm.Recipient)
            .Where(recipient => openAtStart?.Contains(recipient.Key) != true)
            .Select(recipient =>
            {
                var firstCause = recipient.Min(dm => dm.CausedAt);
                var from = openableFrom?.TryGetValue(recipient.Key, out var first) == true && first < firstCause ? first : firstCause;
                return (Recipient: recipient.Key, At: from, IsOpen: true);
            });

        // Each request as soon as it may go, opens before DMs at the same moment: a DM needs its channel open.
        var requests = opens.Concat(dms.Select(dm => (dm.Recipient, At: dm.CausedAt, IsOpen: false)))
            .OrderBy(request => request.At).ThenBy(request => !request.IsOpen);
        var openedAt = new Dictionary<ulong, DateTimeOffset>();
        var channels = new Dictionary<ulong, RollingLimit>();
        var last = DateTimeOffset.MinValue;
        foreach (var request in requests)
        {
            if (request.IsOpen)
            {
                var opened = global.EarliestFrom(request.At);
                global.Record(opened);
                openedAt[request.Recipient] = opened;
                continue;
            }

            if (!channels.TryGetValue(request.Recipient, out var channel))
            {
                channels[request.Recipient] = channel = new RollingLimit(perChannel, TimeSpan.FromSeconds(channelWindowSeconds));
            }

            var at = openedAt.TryGetValue(request.Recipient, out var open) && open > request.At ? open : request.At;

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
    /// Plain lower bounds, each on its own: every request that can't be made before <paramref name="from"/> within the
    /// global limit from then on; the busiest DM channel within its bucket; and nothing sent before its cause.
    /// </summary>
    public static TimeSpan Bounds(
        IReadOnlyCollection<DirectMessageCause> messages,
        DateTimeOffset from,
        IReadOnlyDictionary<ulong, DateTimeOffset>? openableFrom = null,
        IReadOnlySet<ulong>? openAtStart = null,
        int perSecond = 50,
        int perChannel = 5,
        int channelWindowSeconds = 5)
    {
        var perRecipient = messages.GroupBy(message => message.Recipient).Select(group => group.Count()).ToList();
        var opens = messages.Select(message => message.Recipient).Distinct()
            .Count(recipient => openAtStart?.Contains(recipient) != true && !(openableFrom?.TryGetValue(recipient, out var first) == true && first < from));
        var requests = messages.Count + opens;
        var global = TimeSpan.FromSeconds(Math.Max(0, Ceiling(requests, perSecond) - 1));
        var busiest = TimeSpan.FromSeconds(channelWindowSeconds * Math.Max(0, Ceiling(perRecipient.DefaultIfEmpty(0).Max(), perChannel) - 1));
        var lastCause = messages.Count == 0 ? TimeSpan.Zero : messages.Max(message => message.CausedAt) - from;
        return new[] { global, busiest, lastCause }.Max();
    }

    private static int Ceiling(int count, int per) => (count + per - 1) / per;
}
