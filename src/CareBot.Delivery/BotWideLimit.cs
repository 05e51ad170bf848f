using CareBot.Delivery.Pacing;
using Microsoft.Extensions.Options;

namespace CareBot.Delivery;

/// <summary>
/// A platform's limit on everything the bot sends (Discord: 50 requests a second), one per platform in a process:
/// delivery paces every outbox request by it, and the platform's own requests made outside the outbox take their place
/// in it too (Discord: opening a member's DM channel ahead of their first DM), so together they never go over.
/// </summary>
/// <typeparam name="TPlatform">The platform whose limit it is, so each platform's delivery finds its own.</typeparam>
public sealed class BotWideLimit<TPlatform> : IDisposable
    where TPlatform : IDeliveryPlatform
{
    // When the limit is full, private messages go first; a post in a group or channel waits at most this long for them.
    // Posts in one channel are already paced by that channel's limit (Discord: one a second), so a burst's posts take
    // minutes to show anyway; the asks it causes are what reach the people who can help.
    private static readonly TimeSpan GroupsWaitAtMost = TimeSpan.FromSeconds(30);

    private readonly Lazy<SendWindowLimiter> _limiter;

    /// <param name="limit">The platform's bot-wide limit, asked at first use: the platform's sender may itself need this
    /// object, so the platform may not exist yet when it is made.</param>
    public BotWideLimit(Func<RateWindow> limit, TimeProvider time, IOptions<DeliveryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentNullException.ThrowIfNull(options);
        _limiter = new Lazy<SendWindowLimiter>(() => new SendWindowLimiter(limit(), time, GroupsWaitAtMost));
        CountedAcrossInstances = options.Value.CountsShared;
    }

    /// <summary>
    /// True when several instances count the bot's requests together in the shared store. The store counts only
    /// delivery's requests, each recorded with its outbox message, so a request of the platform's own would go
    /// uncounted by the others: then the platform makes none ahead of need.
    /// </summary>
    public bool CountedAcrossInstances { get; }

    internal SendWindowLimiter Limiter => _limiter.Value;

    /// <summary>
    /// Waits for a place for one request the platform makes outside the outbox, ahead of the messages waiting (it is
    /// one request, and usually what a message will need next). Dispose the lease when the platform has answered.
    /// </summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken) =>
        DestinationPacer.Acquired(await Limiter.AcquireAsync(1, cancellationToken));

    public void Dispose()
    {
        if (_limiter.IsValueCreated)
        {
            _limiter.Value.Dispose();
        }
    }
}
