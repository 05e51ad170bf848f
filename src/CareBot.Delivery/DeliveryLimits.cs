namespace CareBot.Delivery;

/// <summary>
/// A platform's sending limits, kept ahead of rather than learnt from its 429s: per destination (a chat or a channel),
/// an extra one for group destinations, and one for the whole bot.
/// </summary>
public sealed record DeliveryLimits(RateWindow PerDestination, RateWindow PerGroup, RateWindow PerBot);
