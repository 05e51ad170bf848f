using CareBot.Core.Categories;
using CareBot.Core.Understanding;

namespace CareBot.Core.Needs;

/// <summary>
/// Something a member needs, with its short number in the community. Every move of its lifecycle goes
/// through a method that refuses illegal moves with a <see cref="Problem"/>; the rhythm dates (next wave,
/// "still needed?", follow-up, expiry) are kept here so one index finds every need that is due.
/// </summary>
public sealed class Need
{
    public const int MaxHelpersWanted = 10;

    /// <summary>What a need shows once the person who asked erased their data.</summary>
    public const string ErasedText = "(erased at the request of the person who asked)";
    public static readonly TimeSpan FollowUpAfter = TimeSpan.FromDays(3);
    public static readonly TimeSpan FollowUpRepeat = TimeSpan.FromDays(7);

    private Need()
    {
        Text = "";
    }

    public Need(int communityId, int number, int requesterId, NeedDraft draft, DateTimeOffset at, int expiryDays, int stillNeededDays)
    {
        CommunityId = communityId;
        Number = number;
        RequesterId = requesterId;
        Text = draft.Text;
        CategoryList = [.. draft.Profile.Categories];
        KeywordList = [.. draft.Profile.Keywords];
        Meaning = draft.Profile.Meaning;
        IsAnonymous = draft.Anonymous;
        By = draft.By;
        Zone = draft.Zone;
        HelpersWanted = Math.Clamp(draft.HelpersWanted, 1, MaxHelpersWanted);
        CreatedAt = at;
        ExpiresAt = at.AddDays(expiryDays);
        StillNeededAt = at.AddDays(stillNeededDays);
        State = NeedState.Open;
        Reschedule();
    }

    public int Id { get; private set; }

    public int CommunityId { get; private set; }

    public int Number { get; private set; }

    /// <summary>Null once the requester erased their data: the need stays, unattributed.</summary>
    public int? RequesterId { get; private set; }

    public string Text { get; private set; }

    public IReadOnlyList<string> Categories => CategoryList;

    internal List<string> CategoryList { get; private set; } = [];

    public IReadOnlyList<string> Keywords => KeywordList;

    internal List<string> KeywordList { get; private set; } = [];

    /// <summary>What the text means to the sentence model, when one read it; matching compares it with offers' meanings.</summary>
    public SemanticVector? Meaning { get; private set; }

    public bool IsAnonymous { get; private set; }

    /// <summary>An anonymous requester agreed to let their helpers know who they are.</summary>
    public bool RequesterRevealed { get; private set; }

    public DateOnly? By { get; private set; }

    public string? Zone { get; private set; }

    public int HelpersWanted { get; private set; } = 1;

    public NeedState State { get; private set; }

    public IReadOnlyList<int> HelperIds => HelperList;

    internal List<int> HelperList { get; private set; } = [];

    /// <summary>
    /// Everyone asked privately so far, in order; never asked twice. Like <see cref="PassedIds"/> it matters only
    /// while the need is active, so it is cleared when the need closes: who was asked is not kept for history.
    /// </summary>
    public IReadOnlyList<int> AskedIds => AskedList;

    internal List<int> AskedList { get; private set; } = [];

    public IReadOnlyList<int> PassedIds => PassedList;

    internal List<int> PassedList { get; private set; } = [];

    public int Waves { get; private set; }

    /// <summary>Set when no candidates were left and the requester was told so.</summary>
    public bool CandidatesExhausted { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? Thanks { get; private set; }

    /// <summary>
    /// A thank-you kept back because it names the anonymous requester: posted only if she says so (/thanks n post).
    /// </summary>
    public string? HeldThanks { get; private set; }

    /// <summary>Who wrote <see cref="HeldThanks"/>: the requester or one of the helpers.</summary>
    public int? HeldThanksBy { get; private set; }

    public DateTimeOffset? NextWaveAt { get; private set; }

    public DateTimeOffset? StillNeededAt { get; private set; }

    public DateTimeOffset? FollowUpAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The earliest rhythm due for this need; null when nothing more will happen on its own.</summary>
    public DateTimeOffset? NextRhythmAt { get; private set; }

    public bool IsActive => State is NeedState.Open or NeedState.Claimed;

    public bool IsRequester(int memberId) => RequesterId == memberId;

    public bool IsHelper(int memberId) => HelperList.Contains(memberId);

    public bool WasAsked(int memberId) => AskedList.Contains(memberId);

    public bool HasPassed(int memberId) => PassedList.Contains(memberId);

    public Problem? Claim(int memberId, DateTimeOffset at)
    {
        if (IsRequester(memberId))
        {
            return new Problem($"#{Number} is your own need, so you can't claim it. You can mark it met with /done {Number}.");
        }

        if (IsHelper(memberId))
        {
            return new Problem($"You're already helping with #{Number}. Thank you!");
        }

        if (State != NeedState.Open)
        {
            return new Problem(State == NeedState.Claimed
                ? $"#{Number} already has the help it asked for. Thank you for offering!"
                : $"#{Number} is {Describe(State)}, so it can't be claimed.");
        }

        HelperList.Add(memberId);
        PassedList.Remove(memberId);

        // Consent to share the name was given for the helpers of that moment; someone new is not covered by it,
        // so the requester is asked again (the earlier helpers already know, and are told again if they agree).
        RequesterRevealed = false;
        if (HelperList.Count >= HelpersWanted)
        {
            State = NeedState.Claimed;
            ClaimedAt = at;
            FollowUpAt = at + FollowUpAfter;
        }

        Reschedule();
        return null;
    }

    /// <summary>"Not this time": declines, or steps back from a commitment; never counts against anyone.</summary>
    public Problem? Pass(int memberId, DateTimeOffset at)
    {
        if (IsRequester(memberId))
        {
            return new Problem($"#{Number} is your own need. To withdraw it, use /cancel {Number}.");
        }

        if (!IsActive)
        {
            return new Problem($"#{Number} is {Describe(State)} already; nothing to pass on.");
        }

        if (HasPassed(memberId))
        {
            return new Problem($"You've already passed on #{Number}. No worries.");
        }

        // Only an answer to being asked (or a step back from helping): anything else would be recorded for nothing.
        if (!WasAsked(memberId) && !IsHelper(memberId))
        {
            return new Problem($"I haven't asked you about #{Number}, so there's nothing to pass on. If you'd like to help, /claim {Number}.");
        }

        PassedList.Add(memberId);
        if (HelperList.Remove(memberId) && State == NeedState.Claimed)
        {
            Reopen(at);
        }

        Reschedule();
        return null;
    }

    public Problem? MarkDone(int memberId, string? thanks, DateTimeOffset at)
    {
        if (!IsRequester(memberId) && !IsHelper(memberId))
        {
            return new Problem($"Only the person who asked for #{Number} or someone helping with it can mark it done.");
        }

        if (!IsActive)
        {
            return new Problem($"#{Number} is {Describe(State)} already.");
        }

        Thanks = thanks;
        Close(NeedState.Done, at);
        return null;
    }

    /// <summary>Keeps a thank-you back until the anonymous requester decides; a newer one replaces it.</summary>
    public void HoldThanks(int authorId, string thanks)
    {
        HeldThanks = thanks;
        HeldThanksBy = authorId;
    }

    /// <summary>The requester decided about the held thank-you: it is posted (and becomes the need's thanks) or dropped.</summary>
    public (string Thanks, int AuthorId)? ReleaseHeldThanks(bool post)
    {
        if (HeldThanks is not { } held || HeldThanksBy is not { } author)
        {
            return null;
        }

        if (post)
        {
            Thanks = held;
        }

        HeldThanks = null;
        HeldThanksBy = null;
        return (held, author);
    }

    /// <summary>A thank-you written after the need was met (/thanks n words); the latest is the one the digest shows.</summary>
    public void AddThanks(string thanks) => Thanks = thanks;

    /// <summary>Withdraws the need; the caller checks that the requester or an admin asked.</summary>
    public Problem? Cancel(DateTimeOffset at)
    {
        if (!IsActive)
        {
            return new Problem($"#{Number} is {Describe(State)} already.");
        }

        Close(NeedState.Cancelled, at);
        return null;
    }

    public Problem? Expire(DateTimeOffset at)
    {
        if (State != NeedState.Open)
        {
            return new Problem($"Only an open need can expire; #{Number} is {Describe(State)}.");
        }

        Close(NeedState.Expired, at);
        return null;
    }

    /// <summary>The help didn't happen: helpers are released and the need is open again.</summary>
    public Problem? FallThrough(int memberId, DateTimeOffset at)
    {
        if (!IsRequester(memberId) && !IsHelper(memberId))
        {
            return new Problem($"Only the person who asked for #{Number} or someone helping with it can say it fell through.");
        }

        if (State != NeedState.Claimed)
        {
            return new Problem($"#{Number} is {Describe(State)}, so it can't fall through.");
        }

        // Whoever it fell through with is not asked about it again; they can still claim it from the group post.
        PassedList.AddRange(HelperList.Where(id => !PassedList.Contains(id)));
        HelperList.Clear();
        Reopen(at);
        Reschedule();
        return null;
    }

    /// <summary>"Not yet": the help is still to come, so the follow-up asks again in a few days.</summary>
    public Problem? NotYet(int memberId, DateTimeOffset at)
    {
        if (!IsRequester(memberId) && !IsHelper(memberId))
        {
            return new Problem($"Only the person who asked for #{Number} or someone helping with it can answer that.");
        }

        if (State != NeedState.Claimed)
        {
            return new Problem($"#{Number} is {Describe(State)}.");
        }

        FollowUpAt = at + FollowUpAfter;
        Reschedule();
        return null;
    }

    /// <summary>"Still needed? Keep open": the requester gets more time before it expires.</summary>
    public Problem? KeepOpen(int memberId, DateTimeOffset at, int expiryDays, int stillNeededDays)
    {
        if (!IsRequester(memberId))
        {
            return new Problem($"Only the person who asked for #{Number} can keep it open.");
        }

        if (State != NeedState.Open)
        {
            return new Problem($"#{Number} is {Describe(State)}, not waiting for help.");
        }

        ExpiresAt = Max(ExpiresAt, at.AddDays(expiryDays));
        StillNeededAt = at.AddDays(stillNeededDays);
        Reschedule();
        return null;
    }

    /// <summary>Why the member may not correct this need's categories now; null when they may.</summary>
    public Problem? RecategorizeRefusal(int memberId)
    {
        if (!IsRequester(memberId))
        {
            return new Problem($"Only the person who asked for #{Number} can change its categories.");
        }

        return IsActive ? null : new Problem($"#{Number} is {Describe(State)}, so its categories can't change any more.");
    }

    /// <summary>
    /// The requester corrects the categories understood from the text ("other" stays only when nothing else is chosen).
    /// New categories may fit members never asked, so a need nobody was left for may find someone again.
    /// </summary>
    public Problem? Recategorize(int memberId, IReadOnlyList<string> categories)
    {
        if (RecategorizeRefusal(memberId) is { } refusal)
        {
            return refusal;
        }

        CategoryList = [.. CategoryIds.Settle(categories)];
        CandidatesExhausted = false;
        return null;
    }

    public Problem? RevealRequester(int memberId)
    {
        if (!IsRequester(memberId))
        {
            return new Problem($"Only the person who asked for #{Number} can share who they are.");
        }

        if (!IsAnonymous || RequesterRevealed)
        {
            return new Problem($"Your helpers can already see who you are on #{Number}.");
        }

        RequesterRevealed = true;
        return null;
    }

    /// <summary>Records a wave of private requests and when the next wave is due.</summary>
    public void RecordWave(IEnumerable<int> asked, DateTimeOffset at, TimeSpan waveWindow)
    {
        AskedList.AddRange(asked.Where(id => !AskedList.Contains(id)));
        Waves++;
        NextWaveAt = at + waveWindow;
        Reschedule();
    }

    /// <summary>
    /// A request for help about this need reaches someone only now (it waited for their quiet hours or digest): the next
    /// wave waits until they too have had the whole window to answer, so a wave, or "nobody left", never overtakes them.
    /// </summary>
    public void WaitForAnswerFrom(DateTimeOffset askedAt, TimeSpan waveWindow)
    {
        if (State == NeedState.Open && NextWaveAt is { } next && next < askedAt + waveWindow)
        {
            NextWaveAt = askedAt + waveWindow;
            Reschedule();
        }
    }

    /// <summary>Nobody is left to ask; the requester has been told and the need waits in /needs and the digest.</summary>
    public void MarkCandidatesExhausted()
    {
        CandidatesExhausted = true;
        NextWaveAt = null;
        Reschedule();
    }

    public void MarkStillNeededAsked() { StillNeededAt = null; Reschedule(); }

    /// <summary>
    /// The follow-up was sent. A claim nobody answers about is asked about again each week, so a commitment
    /// that quietly lapsed doesn't hold the helper's cap, or the requester's hope, forever.
    /// </summary>
    public void MarkFollowUpAsked(DateTimeOffset at)
    {
        FollowUpAt = at + FollowUpRepeat;
        Reschedule();
    }

    /// <summary>
    /// Erases a member from the need. A requester's words go with them (the text, what was read from it, the zone,
    /// the date and the thank-you), leaving only its number, categories and dates for the group's history; a helper
    /// is dropped, and so is the thank-you, which was about them.
    /// </summary>
    public void ForgetMember(int memberId)
    {
        if (RequesterId == memberId)
        {
            RequesterId = null;
            Text = ErasedText;
            KeywordList.Clear();
            Meaning = null;
            Zone = null;
            By = null;
            Thanks = null;
            HeldThanks = null;
            HeldThanksBy = null;
        }

        if (HelperList.Remove(memberId))
        {
            Thanks = null;
        }

        if (HeldThanksBy == memberId)
        {
            HeldThanks = null;
            HeldThanksBy = null;
        }

        AskedList.Remove(memberId);
        PassedList.Remove(memberId);
    }

    /// <summary>The need now belongs to another community, under another number (its group was linked or separated).</summary>
    public void MoveTo(int communityId, int number)
    {
        CommunityId = communityId;
        Number = number;
    }

    /// <summary>One member stands for another from now on: two memberships of one person were merged.</summary>
    public void ReplaceMember(int from, int to)
    {
        if (RequesterId == from)
        {
            RequesterId = to;
        }

        if (HeldThanksBy == from)
        {
            HeldThanksBy = to;
        }

        Replace(HelperList, from, to);
        Replace(AskedList, from, to);
        Replace(PassedList, from, to);
    }

    /// <summary>Who was asked or passed, kept only for members still in <paramref name="members"/> (the rest left with another group).</summary>
    public void KeepAskedAndPassedAmong(IReadOnlySet<int> members)
    {
        AskedList.RemoveAll(id => !members.Contains(id));
        PassedList.RemoveAll(id => !members.Contains(id));
    }

    private static void Replace(List<int> ids, int from, int to)
    {
        if (ids.Remove(from) && !ids.Contains(to))
        {
            ids.Add(to);
        }
    }

    public static string Describe(NeedState state) => state switch
    {
        NeedState.Open => "open",
        NeedState.Claimed => "being helped with",
        NeedState.Done => "done",
        NeedState.Cancelled => "cancelled",
        NeedState.Expired => "expired",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Closing is final, so who was asked and who passed no longer steers anything: they are dropped rather than
    /// kept as a record of who said no. Only the requester and the helpers stay, for /mine, /export and /flow.
    /// </summary>
    private void Close(NeedState state, DateTimeOffset at)
    {
        State = state;
        ClosedAt = at;
        AskedList.Clear();
        PassedList.Clear();
        Reschedule();
    }

    private void Reopen(DateTimeOffset at)
    {
        State = NeedState.Open;
        ClaimedAt = null;
        FollowUpAt = null;
        CandidatesExhausted = false;
        NextWaveAt = at;
    }

    private void Reschedule()
    {
        NextRhythmAt = State switch
        {
            NeedState.Open => Min(Min(NextWaveAt, StillNeededAt), ExpiresAt),
            NeedState.Claimed => FollowUpAt,
            _ => null,
        };
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
