using CareBot.Core.Categories;
using CareBot.Core.Understanding;

namespace CareBot.Core.Offers;

/// <summary>What a member can give. Active until withdrawn; after 90 days they are asked if it still stands.</summary>
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

    public bool IsActive => WithdrawnAt is null;

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
        ConfirmedAt = at;
        StillOnAskedAt = null;
        StillOnCheckAt = at.AddDays(StaleAfterDays);
    }

    public void AskedIfStillOn(DateTimeOffset at)
    {
        StillOnAskedAt = at;
        StillOnCheckAt = null;
    }
}
