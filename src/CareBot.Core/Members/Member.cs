using CareBot.Core.Platforms;

namespace CareBot.Core.Members;

/// <summary>
/// A person in one community, with one identity per platform and their own settings. The member guards
/// their own rules (a cap of at least 1, a pause that ends) through intent-named methods.
/// </summary>
public sealed partial class Member
{
    public const int DefaultCap = 2;
    public const int MaxCap = 20;

    /// <summary>
    /// How far back fairness looks at who helped. A season, not a month: over 30 days most members had helped once
    /// or never, so the count barely told them apart and the same willing few kept being asked first; the care
    /// simulation's load Gini fell from 0.45 to 0.29 with this and the level standing of category offers together.
    /// </summary>
    public static readonly TimeSpan FairnessMemory = TimeSpan.FromDays(90);

    private static readonly TimeSpan StaleDeferral = TimeSpan.FromHours(1);

    private Member()
    {
        LastPlatform = "";
    }

    public Member(int communityId, PlatformUser user, DateTimeOffset at, SpaceRef? homeSpace = null)
    {
        CommunityId = communityId;
        IdentityList = [new Identity(user.Ref, user.DisplayName)];
        IdentityKeyList = [user.Ref.Key];
        LastPlatform = user.Ref.Platform;
        HomeSpace = homeSpace?.Key;
        JoinedAt = at;
        LastSeenAt = at;
    }

    public int Id { get; private set; }

    public int CommunityId { get; private set; }

    public IReadOnlyList<Identity> Identities => IdentityList;

    internal List<Identity> IdentityList { get; private set; } = [];

    /// <summary>"platform:userId" for each identity: what the storage indexes to find a member.</summary>
    internal List<string> IdentityKeyList { get; private set; } = [];

    /// <summary>The platform they used last: private messages go there unless they chose one (<see cref="DmPlatform"/>).</summary>
    public string LastPlatform { get; private set; }

    /// <summary>The platform they asked private messages to go to (<c>/me dm telegram</c>); null means the one used last.</summary>
    public string? DmPlatform { get; private set; }

    /// <summary>
    /// "platform:chatId" of the group where they first spoke: when linked groups are separated again (<c>/unlink</c>),
    /// each member goes with their home group. Null only for members from before groups could be linked.
    /// </summary>
    public string? HomeSpace { get; private set; }

    public string? Zone { get; private set; }

    public int Cap { get; private set; } = DefaultCap;

    public QuietHours? Quiet { get; private set; }

    public string? TimeZone { get; private set; }

    public DateTimeOffset? PausedUntil { get; private set; }

    public NotificationMode Notify { get; private set; } = NotificationMode.Instant;

    public CheckInPreference CheckIns { get; private set; } = CheckInPreference.Off;

    public DateTimeOffset? NextCheckInAt { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>The local day (yyyy-MM-dd) <see cref="AsksThatDay"/> counts requests for.</summary>
    public string? AskDay { get; private set; }

    public int AsksThatDay { get; private set; }

    public DateTimeOffset? LastAskedAt { get; private set; }

    /// <summary>
    /// When the requests held for their quiet hours or digest are due to be decided again: until then each counts against
    /// the daily limit, so a busy night can't pile more on them than a day allows.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> DeferredAsks => DeferredAskList;

    internal List<DateTimeOffset> DeferredAskList { get; private set; } = [];

    /// <summary>When they helped, kept for <see cref="FairnessMemory"/>: fairness puts whoever helped least first.</summary>
    public IReadOnlyList<DateTimeOffset> RecentHelps => RecentHelpList;

    internal List<DateTimeOffset> RecentHelpList { get; private set; } = [];

    /// <summary>A need held back because it looked like an emergency, kept until they post or drop it.</summary>
    public string? DraftNeed { get; private set; }

    public bool DraftIsAnonymous { get; private set; }

    /// <summary>The held need's options, so posting it after all posts what they asked for.</summary>
    public DateOnly? DraftBy { get; private set; }

    public string? DraftZone { get; private set; }

    public int DraftHelpersWanted { get; private set; } = 1;

    /// <summary>The account private messages go to: on the platform they chose, or else the one they used last.</summary>
    public Identity PrimaryIdentity =>
        IdentityList.FirstOrDefault(i => i.Platform == DmPlatform)
        ?? IdentityList.FirstOrDefault(i => i.Platform == LastPlatform)
        ?? IdentityList[0];

    public string DisplayName => PrimaryIdentity.DisplayName;
    public bool IsPaused(DateTimeOffset now) => PausedUntil is { } until && until > now;

    /// <summary>Records that they spoke, keeping their display name current.</summary>
    /// <returns>What it was before, so a command that is refused (and rolled back) can leave the member as it found them.</returns>
    public Sighting Seen(PlatformUser user, DateTimeOffset at)
    {
        var before = new Sighting(user.Ref, LastPlatform, LastSeenAt, IdentityList.FirstOrDefault(i => i.Ref == user.Ref)?.DisplayName);
        var identity = IdentityList.FirstOrDefault(i => i.Platform == user.Ref.Platform && i.UserId == user.Ref.UserId);
        if (identity is null)
        {
            IdentityList.Add(new Identity(user.Ref, user.DisplayName));
            IdentityKeyList.Add(user.Ref.Key);
        }
        else
        {
            identity.DisplayName = user.DisplayName;
        }

        LastPlatform = user.Ref.Platform;
        LastSeenAt = at;
        return before;
    }

    /// <summary>Undoes <see cref="Seen"/>: the transaction that stored it was rolled back, so the cached member must be too.</summary>
    public void Unsee(Sighting before)
    {
        LastPlatform = before.LastPlatform;
        LastSeenAt = before.LastSeenAt;
        if (before.DisplayName is { } name)
        {
            IdentityList.First(i => i.Ref == before.User).DisplayName = name;
        }
        else
        {
            IdentityList.RemoveAll(i => i.Ref == before.User);
            IdentityKeyList.Remove(before.User.Key);
        }
    }

    public void SetZone(string? zone) => Zone = string.IsNullOrWhiteSpace(zone) ? null : zone.Trim().ToLowerInvariant();

    public Problem? SetCap(int cap)
    {
        if (cap is < 1 or > MaxCap)
        {
            return new Problem($"Your cap is how many needs you help with at once: a number from 1 to {MaxCap}.");
        }

        Cap = cap;
        return null;
    }

    public void SetQuietHours(QuietHours? quiet) => Quiet = quiet;

    public void SetTimeZone(string? zone) => TimeZone = zone;

    public void SetNotify(NotificationMode mode) => Notify = mode;

    public void SetCheckIns(CheckInPreference preference, DateTimeOffset? firstAt)
    {
        CheckIns = preference;
        NextCheckInAt = preference == CheckInPreference.Off ? null : firstAt;
    }

    public void ScheduleNextCheckIn(DateTimeOffset at) => NextCheckInAt = at;

    public void PauseUntil(DateTimeOffset? until) => PausedUntil = until ?? DateTimeOffset.MaxValue;

    public void Resume() => PausedUntil = null;

    public int AsksOn(string localDay) => AskDay == localDay ? AsksThatDay : 0;

    /// <summary>
    /// Requests held for them and not yet decided. The rhythms decide one within a minute of its moment, so one whose
    /// moment passed an hour ago was erased unsent (with its requester's data) and no longer counts.
    /// </summary>
    public int DeferredAsksAt(DateTimeOffset now) => DeferredAskList.Count(until => until > now - StaleDeferral);

    /// <summary>They were asked for help at <paramref name="at"/>; the request is held until <paramref name="until"/>.</summary>
    public void DeferAsk(DateTimeOffset at, DateTimeOffset until)
    {
        DeferredAskList.RemoveAll(when => when <= at - StaleDeferral);
        DeferredAskList.Add(until);
        LastAskedAt = at;
    }

    /// <summary>A held request waits longer: their quiet hours moved since it was asked.</summary>
    public void PostponeDeferredAsk(DateTimeOffset from, DateTimeOffset until)
    {
        EndDeferredAsk(from);
        DeferredAskList.Add(until);
    }

    /// <summary>The request held until <paramref name="until"/> was decided: sent or dropped.</summary>
    public void EndDeferredAsk(DateTimeOffset until)
    {
        var at = DeferredAskList.FindIndex(when => (when - until).Duration() < TimeSpan.FromSeconds(1));
        if (at >= 0)
        {
            DeferredAskList.RemoveAt(at);
        }
    }

    public void RecordAsked(DateTimeOffset at, string localDay)
    {
        AsksThatDay = AsksOn(localDay) + 1;
        AskDay = localDay;
        LastAskedAt = at;
    }

    public void RecordHelped(DateTimeOffset at)
    {
        RecentHelpList.RemoveAll(when => when < at - FairnessMemory);
        RecentHelpList.Add(at);
    }

    public int HelpsSince(DateTimeOffset since)
    {
        // A loop, not LINQ: ranking asks this of thousands of members for one need.
        var count = 0;
        foreach (var when in RecentHelpList)
        {
            count += when >= since ? 1 : 0;
        }

        return count;
    }

    public void HoldDraft(string text, bool anonymous, DateOnly? by, string? zone, int helpersWanted)
    {
        DraftNeed = text;
        DraftIsAnonymous = anonymous;
        DraftBy = by;
        DraftZone = zone;
        DraftHelpersWanted = helpersWanted;
    }

    public void ClearDraft()
    {
        DraftNeed = null;
        DraftIsAnonymous = false;
        DraftBy = null;
        DraftZone = null;
        DraftHelpersWanted = 1;
    }
}
