using CareBot.Core.Categories;
using CareBot.Core.Matching;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Safety;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>A <see cref="CommunityContext"/> for one command: who typed it, where, its arguments, and how to answer.</summary>
internal sealed class CommandContext(
    IStoreSession session,
    CommunityWorkingSet set,
    DateTimeOffset now,
    EngineServices services,
    Inbound inbound,
    Member actor,
    string arguments,
    bool isAdmin,
    IReadOnlyList<CommunityWorkingSet> memberships,
    ReadAhead? readAhead = null) : CommunityContext(session, set, now, services)
{
    private readonly List<Reply> _returned = [];
    private readonly HashSet<int> _reshaped = [];
    private bool _onlyToThePerson;

    public Inbound Inbound { get; } = inbound;

    public Member Actor { get; } = actor;

    public string Arguments { get; } = arguments;

    /// <summary>Whether the platform says the actor administers a group of this community; checked before the transaction.</summary>
    public bool IsAdmin { get; } = isAdmin;

    public bool InGroup => Inbound.Where.IsGroup;

    /// <summary>The group can see who typed this command (every group command, unless the platform hides it).</summary>
    public bool SeenByGroup => InGroup && !Inbound.TypedPrivately;

    /// <summary>Every community the actor's account belongs to (this one included); loaded only for commands that span them.</summary>
    public IReadOnlyList<CommunityWorkingSet> Memberships { get; } = memberships;

    public IReadOnlyList<Reply> ReturnedReplies => _returned;

    /// <summary>Communities whose shape the command changed in storage directly (linked, separated): their cached working sets are dropped after it.</summary>
    public IReadOnlyCollection<int> Reshaped => _reshaped;

    /// <summary>
    /// The command changed a community wholesale in storage (its spaces, members and needs moved): the cached working set
    /// can't follow, so it is loaded afresh next time, whether this transaction commits or not.
    /// </summary>
    public void Reshape(int communityId)
    {
        MarkTouched();
        _reshaped.Add(communityId);
    }

    /// <summary>
    /// The communities a list answers for (/mine, /offers, /needs): in a private chat where no community was named, every
    /// one the person belongs to, by name; otherwise this one. Each comes with the person's membership there.
    /// </summary>
    public IReadOnlyList<(CommunityContext Context, Member Member)> ListedCommunities()
    {
        if (InGroup || Inbound.CommunityHint is not null || Memberships.Count < 2)
        {
            return [(this, Actor)];
        }

        return [.. Memberships
            .OrderBy(set => set.Community.Name, StringComparer.OrdinalIgnoreCase)
            .Select(set => set.Community.Id == Community.Id
                ? ((CommunityContext)this, Actor)
                : (new CommunityContext(Session, set, Now, Services), set.MemberFor(Inbound.From.Ref)))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.Item1, x.Item2!))];
    }

    protected override int? Cause => Actor.Id;

    /// <summary>What a need's or an offer's text is about, in the community's language: read ahead of the lock when it could be.</summary>
    public TextProfile Understand(string text) =>
        readAhead is { } ahead && ahead.Text == text && ahead.Language == Agreements.Language
            ? ahead.Profile
            : Services.Understanding.Read(text, Agreements.Language, CancellationToken.None);

    /// <summary>Whether a need's text describes danger now: read ahead of the lock with its profile when it could be.</summary>
    public EmergencyAssessment Danger(string text, TextProfile profile) =>
        readAhead is { Danger: { } danger } ahead && ReferenceEquals(ahead.Profile, profile) && ahead.Text == text
            ? danger
            : Services.Understanding.Emergency(text, profile);

    /// <summary>Answers where the command was typed; <paramref name="about"/> lists the other members it names, so /forget finds it.</summary>
    public void Reply(OutgoingMessage message, IEnumerable<int>? about = null) => Answer(message, ReplyVisibility.Public, about);

    /// <summary>Answers only the person: a private message, or an ephemeral reply where the platform has one.</summary>
    public void ReplyPrivately(OutgoingMessage message, IEnumerable<int>? about = null) => Answer(message, ReplyVisibility.Private, about);

    /// <summary>A private answer tied to nobody: it names no member, so it outlives their erasure (the goodbye after /forget).</summary>
    public void ReplyWithoutTrace(OutgoingMessage message)
    {
        if (Inbound.ReplyMode == ReplyMode.Return)
        {
            _returned.Add(new Reply(message, ReplyVisibility.Private));
            return;
        }

        Enqueue(OutboxMessage.LastTrace(Destination.Direct(Inbound.From.Ref), message, Now));
    }

    /// <summary>From now on every answer goes to the person alone, wherever the command was typed (see <see cref="AnonymousNeeds"/>).</summary>
    public void AnswerOnlyThePerson() => _onlyToThePerson = true;

    public void Answer(OutgoingMessage message, ReplyVisibility visibility, IEnumerable<int>? about = null)
    {
        if (_onlyToThePerson)
        {
            visibility = ReplyVisibility.Private;
        }

        if (Inbound.ReplyMode == ReplyMode.Return)
        {
            _returned.Add(new Reply(message.About(Community.Id), visibility));
            return;
        }

        var destination = visibility == ReplyVisibility.Public && InGroup
            ? Destination.Group(Inbound.Where.Space)
            : Destination.Direct(Inbound.From.Ref);
        Enqueue(new OutboxMessage(destination, message, Community.Id, [Actor.Id, .. about ?? []], Now, Now));
    }
}
