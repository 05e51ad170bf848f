using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Platforms;
using CareBot.Storage.Contract.Tests.Support;

namespace CareBot.Storage.Contract.Tests;

/// <summary>Whatever CareBot wrote is there, unchanged, after the process stops and a new one opens the file.</summary>
public abstract class RestartContract : StoreContract
{
    private protected RestartContract(StoreUnderTest storage) : base(storage)
    {
    }

    public sealed class OnLiteDb() : RestartContract(new LiteDbStoreUnderTest());

    public sealed class OnPostgreSql() : RestartContract(new PostgreSqlStoreUnderTest()), IRunsOnPostgreSql;

    [ContractFact]
    public void A_community_with_its_agreements_and_spaces_is_the_same_after_a_restart()
    {
        Community written = null!;
        Space telegram = null!;
        Space console = null!;
        var store = Store;
        
        {
            store.Write(session =>
            {
                written = Build.Community("Riverside");
                session.Communities.Insert(written);
                var agreements = Agree(written.Agreements, ("zones", "north, south"), ("quiet", "22-07"), ("timezone", "Europe/Berlin"),
                    ("wave-size", "2"), ("emergency", "Call 112."), ("outside-zone", "skip"));
                written.ReplaceAgreements(agreements);
                written.TakeNextNeedNumber();
                written.TakeNextNeedNumber();
                session.Communities.Update(written);
                telegram = Build.Space(written.Id, "-1001", KnownPlatforms.Telegram);
                console = Build.Space(written.Id, "garden");
                console.Close();
                session.Communities.Upsert(telegram);
                session.Communities.Upsert(console);
                return true;
            });
        }

        var reopened = Restart();
        var read = reopened.Read(session => session.Communities.Get(written.Id));
        Assert.Equal(Snapshot.Of(written), Snapshot.Of(read));
        Assert.Equal(["north", "south"], read!.Agreements.Zones);
        Assert.Equal(new QuietHours(22, 7), read.Agreements.DefaultQuietHours);
        Assert.Equal(3, read.TakeNextNeedNumber());

        var spaces = reopened.Read(session => session.Communities.SpacesOf(written.Id)).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(Snapshot.Of(new[] { console, telegram }), Snapshot.Of(spaces));
        Assert.False(spaces[0].IsOpen);
        Assert.Equal(Snapshot.Of(telegram), Snapshot.Of(reopened.Read(session => session.Communities.FindSpace(telegram.Ref))));
    }

    [ContractFact]
    public void A_member_with_every_setting_is_the_same_after_a_restart()
    {
        Member written = null!;
        var store = Store;
        
        {
            store.Write(session =>
            {
                written = Build.Member(1, "alice");
                written.Seen(Build.User("alice-tg", KnownPlatforms.Telegram), TestClock.Start.AddMinutes(5));
                written.SetZone("North");
                written.SetCap(4);
                written.SetQuietHours(new QuietHours(22, 8));
                written.SetTimeZone("Europe/Berlin");
                written.SetNotify(NotificationMode.Digest);
                written.SetCheckIns(CheckInPreference.Weekly, TestClock.Start.AddDays(7));
                written.PauseUntil(null);
                written.RecordAsked(TestClock.Start.AddHours(1), "2025-03-03");
                written.DeferAsk(TestClock.Start.AddHours(2), TestClock.Start.AddHours(10));
                written.RecordHelped(TestClock.Start.AddHours(2));
                written.HoldDraft("someone collapsed and is not breathing", anonymous: true, by: new DateOnly(2025, 3, 7), zone: "north", helpersWanted: 2);
                session.Members.Insert(written);
                return true;
            });
        }

        var reopened = Restart();
        var read = reopened.Read(session => session.Members.Get(written.Id))!;
        Assert.Equal(Snapshot.Of(written), Snapshot.Of(read));
        Assert.Equal(DateTimeOffset.MaxValue, read.PausedUntil);
        Assert.True(read.IsPaused(TestClock.Start.AddYears(50)), "a pause until resumed never ends by itself");
        Assert.Equal(new QuietHours(22, 8), read.Quiet);
        Assert.Equal(["console:alice", "telegram:alice-tg"], read.Identities.Select(i => i.Ref.Key));
        Assert.Equal("alice-tg", read.DisplayName);
    }

    [ContractFact]
    public void A_pause_with_an_end_date_keeps_its_end_after_a_restart()
    {
        var until = TestClock.Start.AddDays(7);
        var id = 0;
        var store = Store;
        
        {
            store.Write(session =>
            {
                var member = Build.Member(1, "dave");
                member.PauseUntil(until);
                session.Members.Insert(member);
                id = member.Id;
                return true;
            });
        }

        var reopened = Restart();
        var read = reopened.Read(session => session.Members.Get(id))!;
        Assert.Equal(until, read.PausedUntil);
        Assert.True(read.IsPaused(until.AddSeconds(-1)));
        Assert.False(read.IsPaused(until));
    }

    [ContractFact]
    public void Offers_are_the_same_after_a_restart_withdrawn_ones_included()
    {
        Offer active = null!;
        Offer withdrawn = null!;
        var store = Store;
        
        {
            store.Write(session =>
            {
                active = Build.Offer(1, 7, "rides to appointments, I have a car");
                withdrawn = Build.Offer(1, 7, "cooking meals for families");
                withdrawn.Withdraw(TestClock.Start.AddDays(1));
                active.AskedIfStillOn(TestClock.Start.AddDays(90), fadeAfterDays: 14);
                session.Offers.Insert(active);
                session.Offers.Insert(withdrawn);
                return true;
            });
        }

        var reopened = Restart();
        var read = reopened.Read(session => session.Offers.ByMember(7)).OrderBy(o => o.Id).ToList();
        Assert.Equal(Snapshot.Of(new[] { active, withdrawn }), Snapshot.Of(read));
        Assert.Equal(["transport", "health"], read[0].Categories.Take(2));
        Assert.Equal([active.Id], reopened.Read(session => session.Offers.ActiveInCommunity(1)).Select(o => o.Id));
    }

    [ContractFact]
    public void A_need_with_helpers_asked_and_passed_lists_and_a_by_date_is_the_same_after_a_restart()
    {
        Need written = null!;
        var store = Store;
        
        {
            store.Write(session =>
            {
                written = Build.Need(1, 12, requesterId: 1, "moving boxes to the new flat", anonymous: true,
                    by: new DateOnly(2025, 3, 7), zone: "north", helpersWanted: 2);
                written.RecordWave([2, 3, 4], TestClock.Start, TimeSpan.FromHours(12));
                Assert.Null(written.Pass(4, TestClock.Start.AddHours(1)));
                Assert.Null(written.Claim(2, TestClock.Start.AddHours(2)));
                Assert.Null(written.Claim(3, TestClock.Start.AddHours(3)));
                Assert.Null(written.RevealRequester(1));
                session.Needs.Insert(written);
                return true;
            });
        }

        var reopened = Restart();
        var read = reopened.Read(session => session.Needs.FindByNumber(1, 12))!;
        Assert.Equal(Snapshot.Of(written), Snapshot.Of(read));
        Assert.Equal(new DateOnly(2025, 3, 7), read.By);
        Assert.Equal([2, 3], read.HelperIds);
        Assert.Equal([2, 3, 4], read.AskedIds);
        Assert.Equal([4], read.PassedIds);
        Assert.Equal(NeedState.Claimed, read.State);
        Assert.Equal(TestClock.Start.AddHours(3) + Need.FollowUpAfter, read.NextRhythmAt);
    }

    [ContractFact]
    public void Cursors_are_the_same_after_a_restart_and_a_deleted_one_stays_gone()
    {
        var store = Store;
        
        {
            store.Write(session =>
            {
                session.Cursors.Set("update:telegram", "1234");
                session.Cursors.Set("update:telegram", "1235");
                session.Cursors.Set("invited:telegram:42", "2025-03-03T09:00:00.0000000+00:00");
                session.Cursors.Set("invited:telegram:43", "x");
                session.Cursors.Delete("invited:telegram:43");
                return true;
            });
        }

        var reopened = Restart();
        Assert.Equal("1235", reopened.Read(session => session.Cursors.Get("update:telegram")));
        Assert.Equal("2025-03-03T09:00:00.0000000+00:00", reopened.Read(session => session.Cursors.Get("invited:telegram:42")));
        Assert.Null(reopened.Read(session => session.Cursors.Get("invited:telegram:43")));
    }

    [ContractFact]
    public void Ids_keep_counting_after_a_restart()
    {
        int first;
        var store = Store;
        
        {
            first = Insert(store);
        }

        var reopened = Restart();
        Assert.True(Insert(reopened) > first);

        static int Insert(Core.Storage.ICareStore store)
        {
            var id = 0;
            store.Write(session =>
            {
                var community = Build.Community();
                session.Communities.Insert(community);
                id = community.Id;
                return true;
            });
            return id;
        }
    }

    [ContractFact]
    public void An_entity_stored_with_its_own_id_keeps_it_and_ids_handed_out_later_come_after_it()
    {
        Write(session => session.Communities.Insert(Build.Community("first")));
        var own = Build.Community("own");
        typeof(Community).GetProperty(nameof(Community.Id))!.SetValue(own, 50);
        Write(session => session.Communities.Insert(own));

        var next = Build.Community("next");
        Write(session => session.Communities.Insert(next));

        Assert.Equal("own", Restart().Read(session => session.Communities.Get(50))!.Name);
        Assert.Equal(51, next.Id);
    }

    private static Agreements Agree(Agreements agreements, params (string Key, string Value)[] settings)
    {
        foreach (var (key, value) in settings)
        {
            var result = AgreementEditor.Apply(agreements, key, value);
            Assert.True(result.IsSuccess, result.Problem?.Message);
            agreements = result.Value;
        }

        return agreements;
    }
}
