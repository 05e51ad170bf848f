using CareBot.Core.Categories;
using CareBot.Core.Communities;
using CareBot.Core.Matching;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// One transaction's view of one community: the store session, the in-memory working set, the clock,
/// and the only way to send anything (the outbox). Every write goes through here so the working set and
/// the store never drift apart.
/// </summary>
internal class CommunityContext(IStoreSession session, CommunityWorkingSet set, DateTimeOffset now, EngineServices services)
{
    /// <summary>The hour, in a member's own time zone, when digest-mode requests arrive.</summary>
    public const int DigestHour = 18;

    public IStoreSession Session { get; } = session;

    public CommunityWorkingSet Set { get; } = set;

    public DateTimeOffset Now { get; } = now;

    public EngineServices Services { get; } = services;

    public Community Community => Set.Community;

    public Agreements Agreements => Community.Agreements;

    public CategoryCatalog Catalog => Services.Catalog;

    /// <summary>True once anything was written; a rollback then also drops the working set.</summary>
    public bool Touched { get; private set; }

    public TimeZoneInfo ZoneOf(Member member) => TimeZones.FindOrUtc(member.TimeZone ?? Agreements.TimeZone);

    protected void MarkTouched() => Touched = true;

    public void Save(Member member)
    {
        Touched = true;
        Session.Members.Update(member);
    }

    public void Save(Community community)
    {
        Touched = true;
        Session.Communities.Update(community);
    }

    public void Add(Offer offer)
    {
        Touched = true;
        Session.Offers.Insert(offer);
        Set.AddOffer(offer);
    }

    public void Save(Offer offer)
    {
        Touched = true;
        Session.Offers.Update(offer);
        if (!offer.IsActive)
        {
            Set.RemoveOffer(offer.Id);
        }
        else if (Set.Offer(offer.Id) is null)
        {
            // Back from fading (/stillon): matched again from now on.
            Set.AddOffer(offer);
        }
    }

    /// <summary>
    /// Corrects an offer's categories and saves it, moving it in the working set's category index: out under the
    /// categories it had, back in under the ones it has.
    /// </summary>
    public Problem? Recategorize(Offer offer, int memberId, IReadOnlyList<string> categories)
    {
        var indexed = ReferenceEquals(Set.Offer(offer.Id), offer);
        if (indexed)
        {
            Set.RemoveOffer(offer.Id);
        }

        var problem = offer.Recategorize(memberId, categories);
        if (indexed)
        {
            Set.AddOffer(offer);
        }

        if (problem is null)
        {
            Save(offer);
        }

        return problem;
    }

    public void Add(Need need)
    {
        Touched = true;
        Session.Needs.Insert(need);
        Set.TrackCommitments([], ActiveHelpers(need));
        Set.TrackNeed(need);
    }

    /// <summary>Saves a need and moves commitment counts from the helpers it had to the helpers it has.</summary>
    public void Save(Need need, IReadOnlyList<int> activeHelpersBefore)
    {
        Touched = true;
        Session.Needs.Update(need);
        Set.TrackCommitments(activeHelpersBefore, ActiveHelpers(need));
        Set.TrackNeed(need);
        if (need.State != NeedState.Open)
        {
            StaleAsks.Withdraw(this, need);
        }
    }

    /// <summary>The helpers a need holds a commitment for: only while it is active.</summary>
    public static IReadOnlyList<int> ActiveHelpers(Need need) => need.IsActive ? [.. need.HelperIds] : [];

    /// <summary>Posts to every open group chat of the community.</summary>
    public void PostToGroup(OutgoingMessage message, IEnumerable<int> about)
    {
        var named = about.ToList();
        foreach (var space in Set.Spaces.Where(s => s.IsOpen))
        {
            PostTo(space.Ref, message, named);
        }
    }

    /// <summary>Posts in one group chat of the community, when the others are told something else (linking).</summary>
    public void PostTo(SpaceRef space, OutgoingMessage message, IEnumerable<int> about) =>
        Enqueue(new OutboxMessage(Destination.Group(space), message, Community.Id, about, Now, Now));

    /// <summary>Sends a private message to a member on the platform they used last; news waits for their quiet hours to end.</summary>
    public void SendPrivately(Member recipient, OutgoingMessage message, NotificationKind kind, IEnumerable<int> about)
    {
        var deliverAfter = kind == NotificationKind.Answer ? Now : AfterQuietHours(recipient, Now);
        Enqueue(Private(recipient, message, about, deliverAfter));
    }

    /// <summary>
    /// Asks a member privately for help. Outside their quiet hours (and, in digest mode, at the evening digest) it goes
    /// now and counts towards today's requests; otherwise it is deferred, and decided again when their time comes.
    /// </summary>
    public void Ask(Member member, Need need, OutgoingMessage message, IEnumerable<int> about)
    {
        var at = AfterQuietHours(member, member.Notify == NotificationMode.Digest ? NextDigest(member) : Now);
        var ask = Private(member, message, about, at);
        ask.MarkAsAskFor(need.Id, member.Id);
        if (at > Now)
        {
            ask.Defer(at);
            member.DeferAsk(Now, at);
        }
        else
        {
            member.RecordAsked(Now, Matcher.LocalDay(member, Agreements, Now));
        }

        Save(member);
        Enqueue(ask);
    }

    /// <summary>When a private message may reach the member: <paramref name="at"/>, or the end of their quiet hours.</summary>
    public DateTimeOffset AfterQuietHours(Member member, DateTimeOffset at)
    {
        var quiet = member.Quiet ?? Agreements.DefaultQuietHours;
        return quiet is null ? at : quiet.NextAllowed(at, ZoneOf(member));
    }

    /// <summary>The member whose command this is, if any: what it sends is theirs in delivery's turn-taking.</summary>
    protected virtual int? Cause => null;

    protected void Enqueue(OutboxMessage message)
    {
        Touched = true;
        if (Cause is { } member)
        {
            message.AttributeTo(member);
        }

        Session.Outbox.Enqueue(message);
    }

    private OutboxMessage Private(Member recipient, OutgoingMessage message, IEnumerable<int> about, DateTimeOffset deliverAfter) =>
        new(Destination.Direct(recipient.PrimaryIdentity.Ref), message, Community.Id, [recipient.Id, .. about], Now, deliverAfter);

    /// <summary>The next evening digest in the member's own time zone.</summary>
    private DateTimeOffset NextDigest(Member member)
    {
        var zone = ZoneOf(member);
        var local = TimeZoneInfo.ConvertTime(Now, zone);
        var digestLocal = local.Date.AddHours(DigestHour);
        if (local.DateTime >= digestLocal)
        {
            digestLocal = digestLocal.AddDays(1);
        }

        return new DateTimeOffset(digestLocal, zone.GetUtcOffset(digestLocal)).ToUniversalTime();
    }
}
