namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// Remembers when this bot identified, across restarts, so a crash loop cannot spend the daily
/// session starts (and get the token reset) faster than Discord's own counter reveals. The host backs
/// it with its store; <see cref="InMemoryIdentifyLedger"/> serves tests and a first run.
/// </summary>
public interface IIdentifyLedger
{
    Task RecordAsync(DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The identifies recorded at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<DateTimeOffset>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
