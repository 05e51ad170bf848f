using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Storage.Contract.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Storage.Contract.Tests;

/// <summary>
/// Claims, as several delivering instances sharing one store use them: each destination is delivered by one instance at
/// a time, in outbox order, and an instance that dies leaves its destinations to the others once its claims lapse.
/// </summary>
public abstract class OutboxClaimContract : StoreContract
{
    private const string Alpha = "alpha";
    private const string Beta = "beta";
    private static readonly DateTimeOffset At = TestClock.Start.AddHours(1);
    private static readonly TimeSpan For = TimeSpan.FromSeconds(30);

    private protected OutboxClaimContract(StoreUnderTest storage) : base(storage)
    {
    }

    public sealed class OnLiteDb() : OutboxClaimContract(new LiteDbStoreUnderTest());

    public sealed class OnPostgreSql() : OutboxClaimContract(new PostgreSqlStoreUnderTest()), IRunsOnPostgreSql;

    [ContractFact]
    public void A_claimed_destination_is_left_to_its_owner_even_for_messages_written_after_the_claim()
    {
        Enqueue(("town", "one"), ("town", "two"), ("village", "three"));

        Assert.Equal(["one", "two", "three"], Texts(Claim(Alpha, At)));
        Assert.Empty(Claim(Beta, At));

        Enqueue(("town", "four"), ("city", "five"));
        Assert.Equal(["five"], Texts(Claim(Beta, At.AddSeconds(1))));
        Assert.Equal(["one", "two", "three", "four"], Texts(Claim(Alpha, At.AddSeconds(1))));
        Assert.All(Store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At.AddSeconds(1), 10)),
            message => Assert.Equal(message.Destination.ChatId == "city" ? Beta : Alpha, message.ClaimedBy));
    }

    [ContractFact]
    public void A_lapsed_claim_hands_the_destination_to_another_instance_and_its_owner_then_gets_nothing()
    {
        Enqueue(("town", "one"), ("town", "two"));
        Claim(Alpha, At);

        Assert.Empty(Claim(Beta, At + For - TimeSpan.FromSeconds(1)));
        Assert.Equal(["one", "two"], Texts(Claim(Beta, At + For)));
        Assert.Empty(Claim(Alpha, At + For + TimeSpan.FromSeconds(1)));

        var taken = Store.Read(session => session.Outbox.Get(Ids()[0]))!;
        Assert.False(taken.IsClaimedBy(Alpha, At + For + TimeSpan.FromSeconds(1)));
        Assert.True(taken.IsClaimedBy(Beta, At + For + TimeSpan.FromSeconds(1)));
    }

    [ContractFact]
    public void Claiming_again_renews_what_the_instance_holds_so_it_does_not_lapse_while_it_works()
    {
        Enqueue(("town", "one"));
        Claim(Alpha, At);

        // Within the first third of the claim nothing is written again; the message is still returned as held.
        Assert.Equal(["one"], Texts(Claim(Alpha, At.AddSeconds(5))));
        Assert.Equal(At + For, Store.Read(session => session.Outbox.Get(Ids()[0]))!.ClaimedUntil);

        Claim(Alpha, At.AddSeconds(20));
        Assert.Equal(At.AddSeconds(20) + For, Store.Read(session => session.Outbox.Get(Ids()[0]))!.ClaimedUntil);
        Assert.Empty(Claim(Beta, At + For + TimeSpan.FromSeconds(1)));
    }

    [ContractFact]
    public void A_released_destination_goes_to_the_next_instance_that_claims_while_the_others_stay()
    {
        Enqueue(("town", "one"), ("village", "two"));
        Claim(Alpha, At);

        Assert.Equal(1, Change(session => session.Outbox.ReleaseClaims(KnownPlatforms.Console, Alpha, "town")));
        Assert.Equal(["one"], Texts(Claim(Beta, At)));

        Assert.Equal(1, Change(session => session.Outbox.ReleaseClaims(KnownPlatforms.Console, Alpha, chatId: null)));
        Assert.Equal(["one", "two"], Texts(Claim(Beta, At)));
    }

    [ContractFact]
    public void A_message_waiting_for_its_retry_keeps_its_destination_with_its_owner_so_nothing_overtakes_it()
    {
        Enqueue(("town", "first"), ("town", "second"));
        Claim(Alpha, At);
        var id = Ids()[0];
        Write(session =>
        {
            var first = session.Outbox.Get(id)!;
            first.RetryAt(At.AddMinutes(5), "429 too many requests");
            session.Outbox.Update(first);
        });

        Assert.Empty(Claim(Beta, At.AddSeconds(1)));
        Assert.Equal(["second"], Texts(Claim(Alpha, At.AddSeconds(1))));
    }

    [ContractFact]
    public void A_message_read_for_a_change_shows_who_holds_it_now()
    {
        Enqueue(("town", "one"));
        Claim(Alpha, At);
        Claim(Beta, At + For);

        var read = Change(session => session.Outbox.GetForChange(Ids()[0]))!;
        Assert.Equal(Beta, read.ClaimedBy);
        Assert.Equal(At + For + For, read.ClaimedUntil);
        Assert.Null(Change(session => session.Outbox.GetForChange(int.MaxValue)));
    }

    [ContractFact]
    public void Claims_take_only_due_messages_in_outbox_order_and_at_most_as_many_as_asked()
    {
        Enqueue(("town", "one"), ("village", "two"), ("town", "three"));
        Write(session => session.Outbox.Enqueue(Build.ToGroup("later", At.AddHours(1), "city")));

        Assert.Equal(["one", "two"], Texts(Claim(Alpha, At, take: 2)));
        Assert.Equal(["one", "two", "three"], Texts(Claim(Alpha, At)));
        Assert.Empty(Claim(Beta, At.AddSeconds(10)));
        Assert.Equal(["one", "two", "three", "later"], Texts(Claim(Beta, At.AddHours(1))));
    }

    [ContractFact]
    public void An_instance_takes_on_only_so_many_new_destinations_a_pass_and_leaves_the_rest_to_the_others()
    {
        Enqueue(("town", "one"), ("village", "two"), ("city", "three"), ("town", "four"));

        Assert.Equal(["one", "four"], Texts(Claim(Alpha, At, newDestinations: 1)));
        Assert.Equal(["two", "three"], Texts(Claim(Beta, At, newDestinations: 2)));
        Assert.Equal(["one", "four"], Texts(Claim(Alpha, At, newDestinations: 1)));
    }

    [ContractFact]
    public void Sends_counted_exclusively_are_the_sends_recorded_since()
    {
        var town = Destination.Group(new SpaceRef(KnownPlatforms.Console, "town"));
        Write(session =>
        {
            session.Outbox.RecordSend(new SendRecord(town, At));
            session.Outbox.RecordSend(new SendRecord(town, At.AddSeconds(2)));
        });

        var counted = Change(session => session.Outbox.SentSinceExclusive(KnownPlatforms.Console, At.AddSeconds(1)));
        Assert.Equal([At.AddSeconds(2)], counted.Select(send => send.At));
    }

    [ContractFact]
    public async Task An_instance_that_lost_its_claim_neither_starts_a_request_nor_marks_the_message_sent()
    {
        Enqueue(("town", "one"));
        Claim(Alpha, At);
        Claim(Beta, At + For);
        var clock = new FakeTimeProvider(At + For + TimeSpan.FromSeconds(1));
        using var engine = new CareEngine(Store, clock, []);
        var id = Ids()[0];

        var refused = await engine.Outbox.BeginAttemptAsync(id, new AttemptRules(Alpha, For, null, null), CancellationToken.None);
        var marked = await engine.Outbox.MarkSentAsync(id, [], Alpha, CancellationToken.None);

        Assert.Equal(AttemptRefusal.ClaimLost, refused.Refusal);
        Assert.Equal(ClaimedChange.ClaimLost, marked);
        var kept = Store.Read(session => session.Outbox.Get(id))!;
        Assert.Null(kept.AttemptedAt);
        Assert.Empty(Store.Read(session => session.Outbox.SentSince(KnownPlatforms.Console, At)));

        Assert.True((await engine.Outbox.BeginAttemptAsync(id, new AttemptRules(Beta, For, null, null), CancellationToken.None)).IsBegun);
        Assert.Equal(ClaimedChange.Done, await engine.Outbox.MarkSentAsync(id, [], Beta, CancellationToken.None));
        Assert.Null(Store.Read(session => session.Outbox.Get(id)));
    }

    [ContractFact]
    public async Task A_request_waits_while_the_bots_sends_across_instances_fill_the_window()
    {
        Enqueue(("town", "one"));
        var town = Destination.Group(new SpaceRef(KnownPlatforms.Console, "town"));
        Write(session =>
        {
            session.Outbox.RecordSend(Answered(new SendRecord(town, At), At));
            session.Outbox.RecordSend(Answered(new SendRecord(town, At.AddMilliseconds(400)), At.AddMilliseconds(400)));
        });
        var clock = new FakeTimeProvider(At.AddMilliseconds(500));
        using var engine = new CareEngine(Store, clock, []);
        var rules = new AttemptRules(null, For, new SendBudget(2, TimeSpan.FromSeconds(1)), null);
        var id = Ids()[0];

        var waiting = await engine.Outbox.BeginAttemptAsync(id, rules, CancellationToken.None);
        Assert.Equal(AttemptRefusal.OverBudget, waiting.Refusal);
        Assert.Equal(TimeSpan.FromMilliseconds(600), waiting.RetryIn);
        Assert.Null(Store.Read(session => session.Outbox.Get(id))!.AttemptedAt);

        clock.Advance(waiting.RetryIn);
        Assert.True((await engine.Outbox.BeginAttemptAsync(id, rules, CancellationToken.None)).IsBegun);
        Assert.Equal(3, Store.Read(session => session.Outbox.SentSince(KnownPlatforms.Console, At)).Count);
    }

    [ContractFact]
    public async Task A_send_counts_as_made_now_until_its_answer_is_on_record_and_from_its_answer_after()
    {
        // One request a second for the bot. An instance's request that is slow to arrive must not let another's in beside
        // it: the platform counts a request when it arrives, which can be long after it was recorded.
        Enqueue(("town", "one"), ("city", "two"), ("village", "three"));
        var clock = new FakeTimeProvider(At);
        using var engine = new CareEngine(Store, clock, []);
        var rules = new AttemptRules(null, For, new SendBudget(1, TimeSpan.FromSeconds(1)), null);
        var ids = Ids();

        var first = await engine.Outbox.BeginAttemptAsync(ids[0], rules, CancellationToken.None);
        Assert.True(first.IsBegun);
        Assert.NotEqual(0, first.SendId);

        clock.Advance(TimeSpan.FromSeconds(3));
        var whileUnderWay = await engine.Outbox.BeginAttemptAsync(ids[1], rules, CancellationToken.None);
        Assert.Equal(AttemptRefusal.OverBudget, whileUnderWay.Refusal);

        // The answer came just now: the request counts from now, so the next waits out a window (and its allowance) from
        // here. The answer is kept even though the attempt it came with was refused.
        var answered = await engine.Outbox.BeginAttemptAsync(ids[1], rules, [new SendAnswer(first.SendId, clock.GetUtcNow())], CancellationToken.None);
        Assert.Equal(AttemptRefusal.OverBudget, answered.Refusal);
        Assert.Equal(TimeSpan.FromMilliseconds(1100), answered.RetryIn);
        Assert.Equal(clock.GetUtcNow(), Assert.Single(Store.Read(session => session.Outbox.SentSince(KnownPlatforms.Console, At))).AnsweredAt);

        clock.Advance(answered.RetryIn);
        var second = await engine.Outbox.BeginAttemptAsync(ids[1], rules, CancellationToken.None);
        Assert.True(second.IsBegun);

        // Its instance is killed before the answer: the send counts as under way for a few seconds, then no more.
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(AttemptRefusal.OverBudget, (await engine.Outbox.BeginAttemptAsync(ids[2], rules, CancellationToken.None)).Refusal);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True((await engine.Outbox.BeginAttemptAsync(ids[2], rules, CancellationToken.None)).IsBegun);
    }

    [ContractFact]
    public async Task A_message_the_platform_accepted_from_an_instance_that_died_is_not_sent_again_by_the_next_holder()
    {
        Enqueue(("town", "one"));
        var id = Ids()[0];
        Claim(Alpha, At);
        var clock = new FakeTimeProvider(At);
        using var engine = new CareEngine(Store, clock, []);
        Assert.True((await engine.Outbox.BeginAttemptAsync(id, new AttemptRules(Alpha, For, null, null), CancellationToken.None)).IsBegun);

        // Alpha hears the platform accept it, notes that, and is killed before marking it sent.
        await engine.Outbox.RecordDeliveredAsync(id, ["4711"], CancellationToken.None);

        var taken = Assert.Single(Claim(Beta, At + For));
        Assert.Equal(["4711"], taken.DeliveredIds);
        var again = await engine.Outbox.BeginAttemptAsync(id, new AttemptRules(Beta, For, null, null), CancellationToken.None);
        Assert.Equal(AttemptRefusal.AlreadyDelivered, again.Refusal);
        Assert.Single(Store.Read(session => session.Outbox.SentSince(KnownPlatforms.Console, At.AddMinutes(-1))));
    }

    private static SendRecord Answered(SendRecord send, DateTimeOffset at)
    {
        send.Answered(at);
        return send;
    }

    private void Enqueue(params (string Chat, string Text)[] messages) => Write(session =>
    {
        foreach (var (chat, text) in messages)
        {
            session.Outbox.Enqueue(Build.ToGroup(text, At, chat));
        }
    });

    private IReadOnlyList<OutboxMessage> Claim(string instance, DateTimeOffset now, int take = 100, int newDestinations = 100) =>
        Change(session => session.Outbox.ClaimDue(KnownPlatforms.Console, instance, now, now + For, take, newDestinations));

    private T Change<T>(Func<IStoreSession, T> work)
    {
        T result = default!;
        Write(session => result = work(session));
        return result;
    }

    private int[] Ids() => [.. Store.Read(session => session.Outbox.Due(KnownPlatforms.Console, At.AddDays(1), 100)).Select(m => m.Id)];

    private static string[] Texts(IEnumerable<OutboxMessage> messages) => [.. messages.Select(m => m.Content.PlainText)];
}
