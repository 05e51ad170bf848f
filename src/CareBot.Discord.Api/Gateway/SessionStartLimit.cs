namespace CareBot.Discord.Api.Gateway;

/// <summary>How many sessions the bot may still start (Identify) before <see cref="ResetAfter"/>, and how many every five seconds.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
