using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Needs;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Reports;
using CareBot.Core.Storage;
using CareBot.Core.Understanding;
using CareBot.Storage.LiteDb;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Core.Tests.Support;

/// <summary>
/// The real engine on an in-memory LiteDB and a fake clock, driven like the console adapter drives it:
/// people type commands in the group "town" or in private, press buttons, time passes and the rhythms
/// run, and <see cref="Delivered"/> hands over what is due, exactly as an adapter would deliver it.
/// </summary>
internal sealed class EngineHarness : IDisposable
{
    public const string Group = "town";

    /// <summary>A Monday, 10:00 UTC; a whole millisecond because LiteDB stores dates to the millisecond.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly MemoryStream _data = new();

    /// <summary>The LiteDB store behind <see cref="Store"/>, for what only a file can show: <see cref="Snapshot"/> and <see cref="Checkpoint"/>.</summary>
    private readonly LiteDbCareStore _liteDb;
    private readonly string? _file;
    private readonly List<Delivery> _history = [];

    private static readonly string[] Platforms = [KnownPlatforms.Console, KnownPlatforms.Telegram, KnownPlatforms.Discord];

    /// <param name="understanding">How texts are read: by words alone unless a test is about meaning (<see cref="SentenceModel"/>).</param>
    /// <param name="databaseFile">A real database file instead of memory, for tests about what reaches the disk.</param>
    /// <param name="mapPainter">Draws /map as a picture; text alone unless a test is about the picture.</param>
    public EngineHarness(TextUnderstanding? understanding = null, string? databaseFile = null, IMapPainter? mapPainter = null)
    {
        _file = databaseFile;
        Clock = new FakeTimeProvider(Start);
        _liteDb = databaseFile is null ? LiteDbCareStore.Open(_data) : LiteDbCareStore.Open(databaseFile);
        Store = _liteDb;
        Engine = new CareEngine(Store, Clock, [Admins, TelegramAdmins, DiscordAdmins], understanding, mapPainter);
    }

    public FakeTimeProvider Clock { get; }

    public FakeAdminDirectory Admins { get; } = new();

    /// <summary>Who administers which group on the other platforms, for tests that speak on several (<see cref="SayOn"/>).</summary>
    public FakeAdminDirectory TelegramAdmins { get; } = new(KnownPlatforms.Telegram);

    public FakeAdminDirectory DiscordAdmins { get; } = new(KnownPlatforms.Discord);

    /// <summary>The store as the engine sees it: tests read and write through the port alone, whichever store it is.</summary>
    public ICareStore Store { get; }

    public CareEngine Engine { get; }

    /// <summary>Everything delivered so far, in order.</summary>
    public IReadOnlyList<Delivery> History => _history;

    /// <summary>People the platform won't let the bot write to privately (they blocked it): their private messages are held, as an adapter holds them.</summary>
    public HashSet<string> Unreachable { get; } = [];

    /// <summary>How the platform has the engine tell an unreachable person: invited in the group (Telegram) unless a test says otherwise (Discord).</summary>
    public UnreachableNotice UnreachableAreTold { get; set; } = UnreachableNotice.InviteInGroup;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A command (or chatter) typed in a group chat.</summary>
    public Task<EngineResult> Say(string person, string text, string group = Group) =>
        Checked(new Inbound(People.UserOf(person), Conversation.Group(KnownPlatforms.Console, group, group), text));

    /// <summary>A command typed in a group chat and answered at once, to the person alone where it is private, as Discord answers a slash command.</summary>
    public Task<EngineResult> Interact(string person, string text, bool isButtonPress = false) =>
        Checked(new Inbound(People.UserOf(person), Conversation.Group(KnownPlatforms.Console, Group, Group), text) { ReplyMode = ReplyMode.Return, IsButtonPress = isButtonPress });

    /// <summary>A command typed in a group chat by someone the test describes in full (their own account id and name).</summary>
    public Task<EngineResult> Say(PlatformUser person, string text, string group = Group) =>
        Checked(new Inbound(person, Conversation.Group(KnownPlatforms.Console, group, group), text));

    /// <summary>A command typed in private by someone the test describes in full.</summary>
    public Task<EngineResult> Dm(PlatformUser person, string text) =>
        Checked(new Inbound(person, Conversation.Direct(KnownPlatforms.Console, person.Ref.UserId), text));

    /// <summary>A command typed in a group on another platform, by the person's account there.</summary>
    public Task<EngineResult> SayOn(string platform, string person, string text, string group) =>
        Checked(new Inbound(People.On(platform, person), Conversation.Group(platform, group, group), text));

    /// <summary>A command typed in the person's private chat with the bot on another platform.</summary>
    public Task<EngineResult> DmOn(string platform, string person, string text) =>
        Checked(new Inbound(People.On(platform, person), Conversation.Direct(platform, People.IdOf(person)), text));

    /// <summary>Presses a button under a message delivered on any platform, where it was shown, as the person's account there.</summary>
    public Task<EngineResult> PressOn(string person, Delivery message, string label)
    {
        var button = message.Button(label);
        var user = People.On(message.Platform, person);
        var where = message.IsPrivate
            ? Conversation.Direct(message.Platform, user.Ref.UserId)
            : Conversation.Group(message.Platform, message.To, message.To);
        return Checked(new Inbound(user, where, button.Command) { CommunityHint = button.CommunityId ?? message.Message.CommunityId, IsButtonPress = true });
    }

    /// <summary>A command typed in the person's private chat with the bot.</summary>
    public Task<EngineResult> Dm(string person, string text, int? communityHint = null) =>
        Checked(new Inbound(People.UserOf(person), Conversation.Direct(KnownPlatforms.Console, People.IdOf(person)), text) { CommunityHint = communityHint });

    /// <summary>
    /// Hands the command to the engine, then checks that every working set it caches still equals what is stored: a
    /// cache that drifted from storage would make later commands decide on things that are no longer true.
    /// </summary>
    public async Task<EngineResult> Checked(Inbound inbound)
    {
        var result = await Engine.HandleAsync(inbound, CancellationToken.None);
        await AssertCacheTrue();
        return result;
    }

    /// <summary>Fails the test if a cached working set differs from the same community loaded fresh from storage.</summary>
    public async Task AssertCacheTrue()
    {
        if (await Engine.CacheDriftAsync(CancellationToken.None) is { } drift)
        {
            Assert.Fail(drift);
        }
    }

    /// <summary>Presses a button under a delivered message, where that message was shown.</summary>
    public Task<EngineResult> Press(string person, Delivery message, string label)
    {
        var button = message.Button(label);
        return message.IsPrivate ? Dm(person, button.Command, button.CommunityId ?? message.Message.CommunityId) : Say(person, button.Command, message.To);
    }

    /// <summary>People join the community by speaking in the group; what the bot answered is delivered and dropped.</summary>
    public async Task Join(params string[] people)
    {
        foreach (var person in people)
        {
            await Say(person, "/mine");
        }

        Delivered();
    }

    /// <summary>An admin of the group (the platform says so) sets one of the group's agreements.</summary>
    public async Task Agree(string key, string value)
    {
        Admins.Grant(People.IdOf("admin"), Group);
        var result = await Say("admin", $"/agree {key} {value}");
        Assert.True(result.Succeeded, result.Problem?.Message);
        Delivered();
    }

    /// <summary>A need of the group as stored now.</summary>
    public Need Need(int number, string group = Group) => Store.Read(session =>
        session.Communities.FindSpace(new SpaceRef(KnownPlatforms.Console, group)) is { } space
            ? session.Needs.FindByNumber(space.CommunityId, number)
            : null) ?? throw new InvalidOperationException($"There is no need #{number} in {group}.");

    /// <summary>The stored member behind a person in the group (on the console, unless the test says which platform), if any.</summary>
    public Member? Member(string person, string group = Group, string platform = KnownPlatforms.Console) => Store.Read(session =>
        session.Members.FindByIdentity(People.On(platform, person).Ref).FirstOrDefault(m =>
            session.Communities.FindSpace(new SpaceRef(platform, group))?.CommunityId == m.CommunityId));

    /// <summary>
    /// Moves the clock forward in steps, running the rhythms after each step as a host would: an hour at a time,
    /// or in about 24 steps over longer spans, where a little lateness no longer matters and the run stays short.
    /// </summary>
    public async Task Advance(TimeSpan by)
    {
        var end = Now + by;
        var longest = by / 24 > TimeSpan.FromHours(1) ? by / 24 : TimeSpan.FromHours(1);
        while (Now < end)
        {
            var step = end - Now < longest ? end - Now : longest;
            Clock.Advance(step);
            await Engine.Rhythms.RunDueAsync(CancellationToken.None);
            await AssertCacheTrue();
        }
    }

    /// <summary>
    /// Moves the clock forward as a running host does: delivering each held message the moment it falls due (not at
    /// the end of the span, as <see cref="Advance"/> does), and running the rhythms in the same steps as there. Each
    /// batch goes to <paramref name="delivered"/> while the clock shows the time it went out.
    /// </summary>
    public async Task AdvanceDelivering(TimeSpan by, Action<IReadOnlyList<Delivery>> delivered)
    {
        var end = Now + by;
        var longest = by / 24 > TimeSpan.FromHours(1) ? by / 24 : TimeSpan.FromHours(1);
        while (Now < end)
        {
            var next = Now + longest;
            if (Store.Read(session => session.Outbox.NextDue(KnownPlatforms.Console)) is { } due && due > Now && due < next)
            {
                next = due;
            }

            Clock.Advance((next < end ? next : end) - Now);
            await Engine.Rhythms.RunDueAsync(CancellationToken.None);
            delivered(Delivered());
        }
    }

    /// <summary>
    /// Takes what is due for the console (and for Telegram and Discord, when a test speaks there too), marks it sent (as
    /// an adapter does after delivering) and returns it.
    /// </summary>
    public IReadOnlyList<Delivery> Delivered()
    {
        var delivered = new List<Delivery>();
        while (true)
        {
            var due = Platforms.SelectMany(platform => Engine.Outbox.Due(platform, 100)).ToList();
            if (due.Count == 0)
            {
                break;
            }

            foreach (var message in due.Select(Engine.Outbox.ReadyToSend))
            {
                var isPrivate = message.Destination.IsDirect;
                var to = isPrivate ? People.NameOf(message.Destination.ChatId) : message.Destination.ChatId;
                if (isPrivate && Unreachable.Contains(to))
                {
                    Engine.Outbox.HoldUntilReachableAsync(message.Id, $"{to} blocked the bot", UnreachableAreTold, CancellationToken.None).GetAwaiter().GetResult();
                    continue;
                }

                delivered.Add(new Delivery(to, isPrivate, message.Content.PlainText, message.Content.Buttons, message));
                Engine.Outbox.MarkSentAsync(message.Id, CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        _history.AddRange(delivered);
        return delivered;
    }

    /// <summary>Every stored document except the outbox, as JSON: "changes nothing" means this stays the same.</summary>
    public string StoredState() => StoredState(Snapshot());

    /// <summary>The stored state of a snapshot taken earlier: taking one is quick, reading it as JSON is what costs.</summary>
    public static string StoredState(RawDatabase snapshot) => RawDatabase.Dump(snapshot, except: ["outbox", "meta"]);

    /// <summary>The raw database as LiteDB holds it, for scanning every collection.</summary>
    public RawDatabase Snapshot()
    {
        Checkpoint();
        return new RawDatabase(_file is null ? _data.ToArray() : RawFile.ReadShared(_file));
    }

    /// <summary>LiteDB writes committed pages from a background queue; a checkpoint waits for it, so the files hold them all.</summary>
    public void Checkpoint() => _liteDb.Checkpoint();

    public void Dispose()
    {
        Engine.Dispose();
        _liteDb.Dispose();
        _data.Dispose();
    }
}
