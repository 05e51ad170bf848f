namespace CareBot.Discord.Api.Gateway;

/// <summary>
/// One Discord session: its id and resume address once READY has said them, and the last sequence
/// received. Sequences only grow within a session, so one at or below the last is a replay already
/// delivered. Read by the heartbeat task while the receive loop writes it, hence the volatile field.
/// </summary>
internal sealed class GatewaySession
{
    private volatile int lastSequence;

    public string? Id { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public bool CanResume => Id is not null && ResumeUrl is not null;

    /// <summary>The sequence a heartbeat or Resume carries: null until the first event.</summary>
    public int? LastSequence => lastSequence == 0 ? null : lastSequence;

    public void Begin(string id, Uri resumeUrl)
    {
        Id = id;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Takes a received sequence; false when it was already delivered.</summary>
    public bool TryAdvance(int sequence)
    {
        if (sequence <= lastSequence)
        {
            return false;
        }
        lastSequence = sequence;
        return true;
    }
}
