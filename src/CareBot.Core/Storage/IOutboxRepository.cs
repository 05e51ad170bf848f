using CareBot.Core.Outbox;
using CareBot.Core.Platforms;

namespace CareBot.Core.Storage;

public interface IOutboxRepository
{
    void Enqueue(OutboxMessage message);

    OutboxMessage? Get(int id);

    /// <summary>Pending messages for a platform due by <paramref name="now"/>, in the order they were written.</summary>
    IReadOnlyList<OutboxMessage> Due(string platform, DateTimeOffset now, int take);

    /// <summary>The earliest moment a pending message of the platform becomes due, if any.</summary>
    DateTimeOffset? NextDue(string platform);

    /// <summary>Requests for help deferred to a moment at or before <paramref name="now"/>, to be decided again, oldest first.</summary>
    IReadOnlyList<OutboxMessage> DeferredDue(DateTimeOffset now, int take);

    /// <summary>Requests for help about one need, not yet delivered or still in the outbox for any reason.</summary>
    IReadOnlyList<OutboxMessage> AsksFor(int needId);

    /// <summary>Messages held because the person has not opened a private chat with the bot.</summary>
    IReadOnlyList<OutboxMessage> HeldFor(UserRef user);

    void Update(OutboxMessage message);

    /// <summary>
    /// For one of several instances delivering from a shared store: claims, for <paramref name="instance"/> until
    /// <paramref name="until"/>, the due messages of every destination no other instance holds (see <see cref="ClaimPlan"/>),
    /// renews what it already holds there, and returns the due messages it now holds, in outbox order: at most
    /// <paramref name="take"/>, from at most <paramref name="newDestinations"/> destinations it did not hold yet. Atomic:
    /// two instances claiming at once never both get a destination.
    /// </summary>
    IReadOnlyList<OutboxMessage> ClaimDue(string platform, string instance, DateTimeOffset now, DateTimeOffset until, int take, int newDestinations);

    /// <summary>Gives up what <paramref name="instance"/> holds of a platform, in one chat or (<paramref name="chatId"/> null) in all; returns how many.</summary>
    int ReleaseClaims(string platform, string instance, string? chatId);

    /// <summary>As <see cref="Get"/>, and no other instance changes the message (or its claim) until this transaction ends.</summary>
    OutboxMessage? GetForChange(int id);

    void Delete(int id);

    /// <summary>Sends every message still waiting for <paramref name="from"/> to <paramref name="to"/> instead; returns how many.</summary>
    int Readdress(Destination from, Destination to);

    /// <summary>Every undelivered message addressed to or naming a member: /forget erases them.</summary>
    int DeleteMentioning(int memberId);

    /// <summary>Every undelivered message addressed to or naming a member: /export shows them.</summary>
    IReadOnlyList<OutboxMessage> Mentioning(int memberId);

    /// <summary>Notes that a message is being handed to its platform now; kept only until <see cref="ForgetSendsBefore"/>.</summary>
    void RecordSend(SendRecord record);

    /// <summary>Notes when the platform answered recorded sends: from then on each counts as made at its answer.</summary>
    void AnswerSends(IReadOnlyList<SendAnswer> answers);

    /// <summary>What was handed to the platform at or after <paramref name="since"/>, oldest first.</summary>
    IReadOnlyList<SendRecord> SentSince(string platform, DateTimeOffset since);

    /// <summary>
    /// As <see cref="SentSince"/>, and no other instance records a send of the platform until this transaction ends: a
    /// count of the bot's recent sends, across instances, that stays true until this one is recorded.
    /// </summary>
    IReadOnlyList<SendRecord> SentSinceExclusive(string platform, DateTimeOffset since);

    int ForgetSendsBefore(DateTimeOffset before);

    /// <summary>Erases messages that failed for good at or before <paramref name="before"/>; they were kept only for inspection.</summary>
    int PurgeFailed(DateTimeOffset before);
}
