using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Needs;

namespace CareBot.Core.Matching;

/// <summary>
/// Chooses whom to ask about a need. Candidates are members whose active offers share a category or a
/// content word with the need; the exclusions and order are those of the product spec: relevance, then
/// same zone, then fairness (whoever helped least in 30 days, then whoever was asked least recently).
/// </summary>
internal sealed class Matcher
{
    public IReadOnlyList<MatchCandidate> Rank(CommunityWorkingSet set, Need need, DateTimeOffset now, int take)
    {
        var agreements = set.Community.Agreements;
        var best = new Dictionary<int, (int Score, string? Zone)>();
        foreach (var offerId in set.CandidateOffers(need))
        {
            var offer = set.Offer(offerId)!;
            var score = (2 * offer.Categories.Count(c => c != Categories.CategoryIds.Other && need.Categories.Contains(c)))
                + offer.Keywords.Count(k => need.Keywords.Contains(k));
            if (score > best.GetValueOrDefault(offer.MemberId).Score)
            {
                best[offer.MemberId] = (score, offer.Zone);
            }
        }

        var since = now.AddDays(-30);
        var candidates = new List<MatchCandidate>();
        foreach (var (memberId, (score, offerZone)) in best)
        {
            var member = set.Member(memberId);
            var zone = member?.Zone ?? offerZone;
            if (member is null || Exclusion(set, need, member, zone, agreements, now) != ExclusionReason.None)
            {
                continue;
            }

            var sameZone = need.Zone is not null && zone == need.Zone;
            candidates.Add(new MatchCandidate(member, score, sameZone, member.HelpsSince(since)));
        }

        candidates.Sort(CompareCandidates);
        return candidates.Count > take ? candidates.GetRange(0, take) : candidates;
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

        if (member.Notify == NotificationMode.Off)
        {
            return ExclusionReason.NotificationsOff;
        }

        if (member.IsPaused(now))
        {
            return ExclusionReason.Paused;
        }

        if (set.CommitmentsOf(member.Id) >= member.Cap)
        {
            return ExclusionReason.AtCap;
        }

        if (need.Zone is not null && !agreements.AskOutsideZone && zone is not null && zone != need.Zone)
        {
            return ExclusionReason.OutsideScope;
        }

        var localDay = LocalDay(member, agreements, now);
        return member.AsksOn(localDay) >= agreements.DailyAskLimit ? ExclusionReason.DailyLimitReached : ExclusionReason.None;
    }

    /// <summary>The member's own day, so "per day" means their day, not the server's.</summary>
    public static string LocalDay(Member member, Agreements agreements, DateTimeOffset now) =>
        TimeZoneInfo.ConvertTime(now, TimeZones.FindOrUtc(member.TimeZone ?? agreements.TimeZone))
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

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
