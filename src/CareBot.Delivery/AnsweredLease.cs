using System.Threading.RateLimiting;

namespace CareBot.Delivery;

/// <summary>
/// The permit a sender holds for one request. Disposing it says the platform answered: the limits this instance keeps
/// count the request from then on, and so, through the outbox, do the other instances' (see <see cref="AttemptRecorder"/>).
/// </summary>
internal sealed class AnsweredLease(RateLimitLease inner, Action answered) : RateLimitLease
{
    private int _disposed;

    public override bool IsAcquired => inner.IsAcquired;

    public override IEnumerable<string> MetadataNames => inner.MetadataNames;

    public override bool TryGetMetadata(string metadataName, out object? metadata) => inner.TryGetMetadata(metadataName, out metadata);

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            inner.Dispose();
            answered();
        }

        base.Dispose(disposing);
    }
}
