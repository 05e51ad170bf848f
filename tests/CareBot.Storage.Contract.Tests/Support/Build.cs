using CareBot.Core.Categories;
using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;

namespace CareBot.Storage.Contract.Tests.Support;

/// <summary>Entities as the engine would make them, with only what a test cares about spelled out.</summary>
internal static class Build
{
    public static PlatformUser User(string name, string platform = KnownPlatforms.Console) =>
        new(new UserRef(platform, name), name);

    public static Community Community(string name = "town", DateTimeOffset? at = null) => new(name, at ?? TestClock.Start);

    public static Space Space(int communityId, string chatId = "town", string platform = KnownPlatforms.Console) =>
        new(new SpaceRef(platform, chatId), communityId, chatId, TestClock.Start);

    public static Member Member(int communityId, string name, string platform = KnownPlatforms.Console) =>
        new(communityId, User(name, platform), TestClock.Start);

    public static Offer Offer(int communityId, int memberId, string text = "rides to appointments", DateTimeOffset? at = null) =>
        new(communityId, memberId, text, CategoryCatalog.Default.Analyze(text), zone: null, at ?? TestClock.Start);

    public static Need Need(
        int communityId,
        int number,
        int requesterId,
        string text = "a ride to the clinic",
        bool anonymous = false,
        DateOnly? by = null,
        string? zone = null,
        int helpersWanted = 1,
        DateTimeOffset? at = null) =>
        new(communityId, number, requesterId, new NeedDraft(text, CategoryCatalog.Default.Analyze(text), anonymous, by, zone, helpersWanted),
            at ?? TestClock.Start, expiryDays: 14, stillNeededDays: 3);

    public static OutboxMessage ToGroup(string text, DateTimeOffset? deliverAfter = null, string chatId = "town") =>
        new(Destination.Group(new SpaceRef(KnownPlatforms.Console, chatId)), OutgoingMessage.Text(text), communityId: 1, [],
            TestClock.Start, deliverAfter ?? TestClock.Start);

    public static OutboxMessage ToPerson(string name, string text, DateTimeOffset? deliverAfter = null, params int[] memberIds) =>
        new(Destination.Direct(new UserRef(KnownPlatforms.Console, name)), OutgoingMessage.Text(text), communityId: 1, memberIds,
            TestClock.Start, deliverAfter ?? TestClock.Start);
}
