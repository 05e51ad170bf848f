namespace CareBot.Telegram.Tests.Load;

/// <summary>
/// The least time Telegram's limits allow for sending a set of messages, from the first send to the last: 30 a
/// second overall (a rolling second), one a second in each chat, 20 a minute in each group. Any sender, however
/// clever, needs at least the largest of the three.
/// </summary>
internal static class DeliveryFloor
{
    public static TimeSpan For(IReadOnlyDictionary<long, int> messagesPerChat, int perSecond = 30, int groupPerMinute = 20)
    {
        var total = messagesPerChat.Values.Sum();
        var global = TimeSpan.FromSeconds(Math.Max(0, Ceiling(total, perSecond) - 1));
        var perChat = TimeSpan.FromSeconds(Math.Max(0, messagesPerChat.Values.DefaultIfEmpty(0).Max() - 1));
        var groups = messagesPerChat.Where(pair => pair.Key < 0).Select(pair => TimeSpan.FromMinutes(Math.Max(0, Ceiling(pair.Value, groupPerMinute) - 1)));
        return new[] { global, perChat }.Concat(groups).Max();
    }

    private static int Ceiling(int count, int per) => (count + per - 1) / per;
}
