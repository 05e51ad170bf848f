using System.Globalization;
using CareBot.Discord.Api.Gateway;

namespace CareBot.Discord.Storage;

/// <summary>
/// The gateway's identify ledger kept in CareBot's store: a crash loop that restarts the process still sees every
/// session it started in the last day, so it cannot burn Discord's daily 1,000 and get the token reset.
/// </summary>
public sealed class StoredIdentifyLedger(AdapterMarkers markers) : IIdentifyLedger
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(25);
    private readonly Lock _gate = new();

    public Task RecordAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var kept = Read().Where(when => when >= at - Kept).Append(at).Order();
            markers.Set(AdapterMarkers.Identifies, string.Join(',', kept.Select(when => when.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DateTimeOffset>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DateTimeOffset> found = [.. Read().Where(when => when >= since).Order()];
            return Task.FromResult(found);
        }
    }

    private IEnumerable<DateTimeOffset> Read() =>
        (markers.Get(AdapterMarkers.Identifies) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(text => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null)
            .OfType<DateTimeOffset>();
}
