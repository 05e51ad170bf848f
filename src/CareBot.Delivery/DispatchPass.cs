namespace CareBot.Delivery;

/// <summary>What one reading of the outbox left behind: lanes at work, messages held back by a blocked lane, and when the next block ends.</summary>
internal readonly record struct DispatchPass(bool Busy, bool HeldBack, DateTimeOffset NextUnblock);
