namespace CareBot.Delivery.Pacing;

/// <summary>
/// A lane with private messages to send, on its way through the bot-wide limit: while any is, posts in groups wait
/// (<see cref="SendWindowLimiter"/>). Taken when the lane starts, before it has made a request, so a need's post cannot
/// slip ahead of the asks written with it; stepped aside while the lane waits for its own chat's limit, which posts
/// don't share, so one person's backlog never holds a group back. Used by one lane at a time.
/// </summary>
internal sealed class PrivateMessagesUnderWay : IDisposable
{
    private readonly SendWindowLimiter _limiter;
    private bool _counted = true;
    private bool _disposed;

    public PrivateMessagesUnderWay(SendWindowLimiter limiter)
    {
        _limiter = limiter;
        limiter.PrivateMessagesStarted();
    }

    /// <summary>Not counted until the returned scope is disposed.</summary>
    public IDisposable StepAside()
    {
        if (_counted)
        {
            _counted = false;
            _limiter.PrivateMessagesEnded();
        }

        return new Aside(this);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_counted)
        {
            _counted = false;
            _limiter.PrivateMessagesEnded();
        }
    }

    private void StepBack()
    {
        if (!_disposed && !_counted)
        {
            _counted = true;
            _limiter.PrivateMessagesStarted();
        }
    }

    private sealed class Aside(PrivateMessagesUnderWay underWay) : IDisposable
    {
        public void Dispose() => underWay.StepBack();
    }
}
