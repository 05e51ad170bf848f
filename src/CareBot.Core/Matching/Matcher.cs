using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Needs;

namespace CareBot.Core.Matching;

/// <summary>
/// Chooses whom to ask about a need. Candidates are members whose active offers share a category or a
/// content word with the need; the exclusions and order are those of the product spec: relevance (as a
/// <see cref="MatchStanding"/>, where every offer sharing a category stands level), then same zone, then fairness
/// (whoever helped least in the last <see cref="Member.FairnessMemory"/>, then whoever was asked least recently).
/// </summary>
internal sealed class Matcher
{
    // Scratch space for the need being matched, reused because the engine matches one need at a time and a
    // large community has thousands of candidate offers: their relevance, then their ids by relevance.
    private readonly CandidateOffers _candidates = new();
    private readonly List<List<(int OfferId, int MemberId)>> _offersByRelevance = [];
    private readonly HashSet<int> _seen = [];

    public IReadOnlyList<MatchCandidate> Rank(CommunityWorkingSet set, Need need, DateTimeOffset now, int take)
    {
        if (take <= 0)
        {
            return [];
        }

        var agreements = set.Community.Agreements;
        var since = now - Member.FairnessMemory;
        var best = new List<MatchCandidate>(take + 1);
        foreach (var (memberId, score, offerId) in MembersByRelevance(set, need))
        {
            // Relevance orders first and comes in falling order, so once the list is full nobody after can get in.
            if (best.Count == take && score < best[^1].Relevance)
            {
                break;
            }

            var member = set.Member(memberId);
            var zone = member?.Zone ?? set.Offer(offerId)?.Zone;
            if (member is null || Exclusion(set, need, member, zone, agreements, now) != ExclusionReason.None)
            {
                continue;
            }

            var sameZone = need.Zone is not null && zone == need.Zone;
            if (best.Count == take && !Precedes(score, sameZone, member, since, best[^1]))
            {
                continue;
            }

            KeepBest(best, new MatchCandidate(member, score, sameZone, member.HelpsSince(since)), take);
        }

        return best;
    }

    /// <summary>
    /// Whether someone whose offer fits can't be asked now but can be soon: they are at today's limit of
    /// requests, at their cap, or on a break with an end. Then the need waits for them instead of giving up.
    /// </summary>
    public bool AnyoneLater(CommunityWorkingSet set, Need need, DateTimeOffset now)
    {
        var agreements = set.Community.Agreements;
        foreach (var (memberId, _, offerId) in MembersByRelevance(set, need))
        {
            if (set.Member(memberId) is not { } member)
            {
                continue;
            }

            var reason = Exclusion(set, need, member, member.Zone ?? set.Offer(offerId)?.Zone, agreements, now);
            if (reason is ExclusionReason.DailyLimitReached or ExclusionReason.AtCap
                || (reason == ExclusionReason.Paused && member.PausedUntil != DateTimeOffset.MaxValue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why this member may not be asked about this need now; <see cref="ExclusionReason.None"/> if they may.</summary>
    /// <param name="zone">The member's zone, or the zone of the offer that matched when they set none.</param>
    public static ExclusionReason Exclusion(
        CommunityWorkingSet set, Need need, Member member, string? zone, Agreements agreements, DateTimeOffset now)
    {
        if (need.IsRequester(member.Id))
        {
            return ExclusionReason.Requester;
        }

        if (need.IsHelper(member.Id))
        {
            return ExclusionReason.AlreadyHelping;
        }

        if (need.HasPassed(member.Id))
        {
            return ExclusionReason.Passed;
        }

        if (need.WasAsked(member.Id))
        {
            return ExclusionReason.AlreadyAsked;
        }

        var availability = Availability(set, member, now);
        if (availability != ExclusionReason.None)
        {
            return availability;
        }

        if (need.Zone is not null && !agreements.AskOutsideZone && zone is not null && zone != need.Zone)
        {
            return ExclusionReason.OutsideScope;
        }

        return PastDailyLimit(member, agreements, now) ? ExclusionReason.DailyLimitReached : ExclusionReason.None;
    }

    /// <summary>Why the member may not be asked for anything now, whatever the need; <see cref="ExclusionReason.None"/> if they may.</summary>
    public static ExclusionReason Availability(CommunityWorkingSet set, Member member, DateTimeOffset now)
    {
        if (member.Notify == NotificationMode.Off)
        {
            return ExclusionReason.NotificationsOff;
        }

        if (member.IsPaused(now))
        {
            return ExclusionReason.Paused;
        }

        return set.CommitmentsOf(member.Id) >= member.Cap ? ExclusionReason.AtCap : ExclusionReason.None;
    }

    /// <summary>
    /// Whether the member has had today's share of requests (their today, in their time zone). Requests held for their
    /// quiet hours count too, or a busy night would pile up more than a day allows.
    /// </summary>
    public static bool PastDailyLimit(Member member, Agreements agreements, DateTimeOffset now)
    {
        // Whatever day it is, fewer requests than the limit on their last asked day is under the limit: skip the time zone work.
        if (member.AsksThatDay + member.DeferredAsks.Count < agreements.DailyAskLimit)
        {
            return false;
        }

        return member.AsksOn(LocalDay(member, agreements, now)) + member.DeferredAsksAt(now) >= agreements.DailyAskLimit;
    }

    /// <summary>The member's own day, so "per day" means their day, not the server's.</summary>
    public static string LocalDay(Member member, Agreements agreements, DateTimeOffset now)
    {
        var zone = member.TimeZone ?? agreements.TimeZone;
        return TimeZoneInfo.ConvertTime(now, TimeZones.FindOrUtc(zone)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Each member whose active offers fit the need, once, highest standing first, with the standing of their
    /// best-fitting offer and that offer's id. Lazy, one relevance level at a time: ranking stops as soon as
    /// the less relevant can no longer matter, which in a large community is most of them.
    /// </summary>
    private IEnumerable<(int MemberId, int Score, int OfferId)> MembersByRelevance(CommunityWorkingSet set, Need need)
    {
        set.CandidateOffers(need, _candidates);
        foreach (var level in _offersByRelevance)
        {
            level.Clear();
        }

        while (_offersByRelevance.Count <= MatchStanding.Highest)
        {
            _offersByRelevance.Add([]);
        }

        foreach (var candidate in _candidates.AsSpan())
        {
            _offersByRelevance[MatchStanding.Of(candidate)].Add((candidate.OfferId, candidate.MemberId));
        }

        _seen.Clear();
        for (var score = _offersByRelevance.Count - 1; score > 0; score--)
        {
            foreach (var (offerId, memberId) in _offersByRelevance[score])
            {
                if (_seen.Add(memberId))
                {
                    yield return (memberId, score, offerId);
                }
            }
        }
    }

    /// <summary>
    /// Inserts a candidate into the ordered list of the best <paramref name="take"/> so far. Sorting every
    /// candidate (thousands in a large community) to ask three was most of the cost of posting a need.
    /// </summary>
    private static void KeepBest(List<MatchCandidate> best, MatchCandidate candidate, int take)
    {
        var at = best.Count;
        while (at > 0 && CompareCandidates(candidate, best[at - 1]) < 0)
        {
            at--;
        }

        if (at >= take)
        {
            return;
        }

        best.Insert(at, candidate);
        if (best.Count > take)
        {
            best.RemoveAt(take);
        }
    }

    /// <summary>
    /// Whether a member would rank before <paramref name="other"/>: the order of <see cref="CompareCandidates"/>,
    /// checked before building a candidate, because in a large community thousands are as relevant as the
    /// last of the best and nearly all of them lose on fairness.
    /// </summary>
    private static bool Precedes(int relevance, bool sameZone, Member member, DateTimeOffset since, MatchCandidate other)
    {
        if (relevance != other.Relevance)
        {
            return relevance > other.Relevance;
        }

        if (sameZone != other.SameZone)
        {
            return sameZone;
        }

        var helps = member.HelpsSince(since);
        if (helps != other.RecentHelps)
        {
            return helps < other.RecentHelps;
        }

        var asked = member.LastAskedAt ?? DateTimeOffset.MinValue;
        var otherAsked = other.Member.LastAskedAt ?? DateTimeOffset.MinValue;
        return asked != otherAsked ? asked < otherAsked : member.Id < other.Member.Id;
    }

    private static int CompareCandidates(MatchCandidate a, MatchCandidate b)
    {
        var byRelevance = b.Relevance.CompareTo(a.Relevance);
        if (byRelevance != 0)
        {
            return byRelevance;
        }

        var byZone = b.SameZone.CompareTo(a.SameZone);
        if (byZone != 0)
        {
            return byZone;
        }

        var byHelps = a.RecentHelps.CompareTo(b.RecentHelps);
        if (byHelps != 0)
        {
            return byHelps;
        }

        var byAsked = (a.Member.LastAskedAt ?? DateTimeOffset.MinValue).CompareTo(b.Member.LastAskedAt ?? DateTimeOffset.MinValue);
        return byAsked != 0 ? byAsked : a.Member.Id.CompareTo(b.Member.Id);
    }
}
