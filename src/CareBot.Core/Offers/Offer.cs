using CareBot.Core.Categories;
using CareBot.Core.Understanding;

namespace CareBot.Core.Offers;

/// <summary>
/// What a member can give. Active until withdrawn; after 90 days they are asked if it still stands, and an offer whose
/// owner does not answer fades (is no longer matched) after the group's agreed number of days, until /stillon.
/// </summary>
public sealed class Offer
{
    public const int StaleAfterDays = 90;

    private Offer()
    {
        Text = "";
    }

    public Offer(int communityId, int memberId, string text, TextProfile profile, string? zone, DateTimeOffset at)
    {
        CommunityId = communityId;
        MemberId = memberId;
        Text = text;
        CategoryList = [.. profile.Categories];
        KeywordList = [.. profile.Keywords];
        Meaning = profile.Meaning;
        Zone = zone;
        CreatedAt = at;
        ConfirmedAt = at;
        StillOnCheckAt = at.AddDays(StaleAfterDays);
    }

    public int Id { get; private set; }

    /// <summary>The offer now belongs to another membership of the same person, or another community (linking).</summary>
    public void MoveTo(int communityId, int memberId)
    {
        CommunityId = communityId;
        MemberId = memberId;
    }

    public int CommunityId { get; private set; }

    public int MemberId { get; private set; }

    public string Text { get; private set; }

    public IReadOnlyList<string> Categories => CategoryList;

    internal List<string> CategoryList { get; private set; } = [];

    public IReadOnlyList<string> Keywords => KeywordList;

    internal List<string> KeywordList { get; private set; } = [];

    /// <summary>What the text means to the sentence model, when one read it.</summary>
    public SemanticVector? Meaning { get; private set; }

    public string? Zone { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the owner last said it still stands (or made it).</summary>
    public DateTimeOffset ConfirmedAt { get; private set; }

    public DateTimeOffset? StillOnAskedAt { get; private set; }

    /// <summary>When to ask whether it still stands; null once asked or withdrawn, so only due offers are ever found.</summary>
    public DateTimeOffset? StillOnCheckAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>When it stopped being matched because "Is this still on offer?" went unanswered; null while it stands.</summary>
    public DateTimeOffset? FadedAt { get; private set; }

    public bool IsActive => WithdrawnAt is null && FadedAt is null;

    /// <summary>Faded, not withdrawn: one /stillon brings it back.</summary>
    public bool HasFaded => WithdrawnAt is null && FadedAt is not null;

    /// <summary>Asked, and the question is still unanswered.</summary>
    public bool AwaitsStillOnAnswer => StillOnAskedAt is not null && IsActive;

    /// <summary>Why the member may not correct this offer's categories now; null when they may.</summary>
    public Problem? RecategorizeRefusal(int memberId)
    {
        if (MemberId != memberId)
        {
            return new Problem($"Only the person who made offer no. {Id} can change its categories.");
        }

        return IsActive ? null : new Problem($"Offer no. {Id} was withdrawn, so its categories can't change any more.");
    }

    /// <summary>The owner corrects the categories understood from the text ("other" stays only when nothing else is chosen).</summary>
    public Problem? Recategorize(int memberId, IReadOnlyList<string> categories)
    {
        if (RecategorizeRefusal(memberId) is { } refusal)
        {
            return refusal;
        }

        CategoryList = [.. CategoryIds.Settle(categories)];
        return null;
    }

    public void Withdraw(DateTimeOffset at)
    {
        WithdrawnAt ??= at;
        StillOnCheckAt = null;
    }

    public void Confirm(DateTimeOffset at)
    {
        FadedAt = null;
        ConfirmedAt = at;
        StillOnAskedAt = null;
        StillOnCheckAt = at.AddDays(StaleAfterDays);
    }

    /// <summary>Asked "Is this still on offer?"; unanswered, it fades <paramref name="fadeAfterDays"/> days later.</summary>
    public void AskedIfStillOn(DateTimeOffset at, int fadeAfterDays)
    {
        StillOnAskedAt = at;
        StillOnCheckAt = at.AddDays(fadeAfterDays);
    }

    /// <summary>Nobody answered: it is no longer matched, and nothing more happens to it on its own.</summary>
    public void Fade(DateTimeOffset at)
    {
        FadedAt = at;
        StillOnCheckAt = null;
    }
}
