using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// Decides when a new session may start. Discord allows about 1000 Identifies a day and
/// <c>max_concurrency</c> every five seconds; going past resets the token. The gate trusts the
/// smaller of Discord's <c>remaining</c> and what the ledger remembers spending in the last day, and
/// when that is down to the floor it waits for the reset (and says so) rather than spending the reserve.
/// </summary>
internal sealed partial class IdentifyGate(
    IGatewayBotSource source,
    IIdentifyLedger ledger,
    DiscordGatewayOptions options,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly TimeSpan ConcurrencyWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(1);

    /// <summary>Waits until an Identify may be sent; answers where to connect, to try later when Discord could not be asked, or that the token was refused.</summary>
    public async Task<IdentifyTurn> WaitForTurnAsync(Uri? configuredUrl, CancellationToken cancellationToken)
    {
        while (true)
        {
            var answer = await source.GetGatewayBotAsync(cancellationToken);
            if (!answer.IsSuccess)
            {
                LogSourceFailed(answer.Error.Kind, (int?)answer.Error.Status);
                // A refused token will not be accepted on the next try either, and every try counts towards Discord's invalid-request ban.
                return answer.Error.Kind == DiscordErrorKind.Unauthorized ? IdentifyTurn.Rejected : IdentifyTurn.TryLater;
            }
            var wait = await WaitNeededAsync(answer.Value.SessionStartLimit, cancellationToken);
            if (wait <= TimeSpan.Zero)
            {
                return IdentifyTurn.ConnectTo(configuredUrl ?? answer.Value.Url);
            }
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Counts an Identify about to be sent, before it is sent, so a crash right after still counts.</summary>
    public Task RecordAsync(CancellationToken cancellationToken) => ledger.RecordAsync(time.GetUtcNow(), cancellationToken);

    private async Task<TimeSpan> WaitNeededAsync(SessionStartLimit limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = await ledger.ReadSinceAsync(now - Day, cancellationToken);
        var remaining = Math.Min(limit.Remaining, limit.Total - today.Count);
        if (remaining <= options.IdentifyFloor)
        {
            var wait = Longest(UntilDiscordResets(limit), UntilLedgerFreesOne(limit, today, now));
            LogWaitingForSessionStarts(remaining, options.IdentifyFloor, wait);
            return wait;
        }
        var recent = today.Where(at => at > now - ConcurrencyWindow).ToList();
        if (recent.Count >= Math.Max(1, limit.MaxConcurrency))
        {
            return Longest(recent[0] + ConcurrencyWindow - now, TimeSpan.Zero);
        }
        return TimeSpan.Zero;
    }

    private TimeSpan UntilDiscordResets(SessionStartLimit limit) =>
        limit.Remaining <= options.IdentifyFloor ? TimeSpan.FromMilliseconds(limit.ResetAfter) : TimeSpan.Zero;

    private TimeSpan UntilLedgerFreesOne(SessionStartLimit limit, IReadOnlyList<DateTimeOffset> today, DateTimeOffset now)
    {
        var mostAllowed = limit.Total - options.IdentifyFloor - 1;
        var mustAgeOut = today.Count - mostAllowed;
        return mustAgeOut <= 0 ? TimeSpan.Zero : today[Math.Min(mustAgeOut, today.Count) - 1] + Day - now;
    }

    private static TimeSpan Longest(TimeSpan first, TimeSpan second)
    {
        var longest = first > second ? first : second;
        return longest < ShortestWait ? ShortestWait : longest;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Only {Remaining} Discord session starts are left today (floor {Floor}); waiting {Wait} for the limit to reset before identifying")]
    private partial void LogWaitingForSessionStarts(int remaining, int floor, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask Discord for the gateway address and session start limit ({Kind}, HTTP {Status})")]
    private partial void LogSourceFailed(DiscordErrorKind kind, int? status);
}
