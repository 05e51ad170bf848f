using CareBot.Core.Platforms;

namespace CareBot.Core.Members;

/// <summary>A member's accounts and where they belong, as /link and /unlink change them (docs/linking.md).</summary>
public sealed partial class Member
{
    public Identity? IdentityOn(string platform) => IdentityList.FirstOrDefault(i => i.Platform == platform);

    /// <summary>Whether two members are the same person: they share an account.</summary>
    public bool SharesIdentityWith(Member other) => IdentityKeyList.Intersect(other.IdentityKeyList, StringComparer.Ordinal).Any();

    /// <summary>Private messages go to <paramref name="platform"/> from now on, or (null) to the platform used last.</summary>
    public Problem? SendPrivateMessagesTo(string? platform)
    {
        if (platform is not null && IdentityOn(platform) is null)
        {
            return new Problem($"You have no {platform} account joined to this one. /link in a private chat joins your accounts on two platforms.");
        }

        DmPlatform = platform;
        return null;
    }

    /// <summary>Another of the person's accounts joins this membership (they linked their accounts).</summary>
    public void AddIdentity(Identity identity)
    {
        if (IdentityKeyList.Contains(identity.Ref.Key))
        {
            return;
        }

        IdentityList.Add(new Identity(identity.Ref, identity.DisplayName));
        IdentityKeyList.Add(identity.Ref.Key);
    }

    /// <summary>One of their accounts leaves this membership (they unlinked their accounts); at least one always stays.</summary>
    public void RemoveIdentity(UserRef user)
    {
        if (IdentityList.Count < 2)
        {
            throw new InvalidOperationException("A member keeps at least one account.");
        }

        IdentityList.RemoveAll(i => i.Ref == user);
        IdentityKeyList.Remove(user.Key);
        if (IdentityOn(LastPlatform) is null)
        {
            LastPlatform = IdentityList[0].Platform;
        }

        if (DmPlatform is { } chosen && IdentityOn(chosen) is null)
        {
            DmPlatform = null;
        }
    }

    /// <summary>The member now belongs to another community (their group was linked into it, or separated from it).</summary>
    public void MoveTo(int communityId) => CommunityId = communityId;

    /// <summary>Remembers <paramref name="space"/> as their home group, unless they have one.</summary>
    public void SettleIn(SpaceRef space) => HomeSpace ??= space.Key;

    /// <summary>
    /// Takes in the history of another membership of the same person that is merged into this one: when they helped,
    /// the requests held for them, and today's count of requests, so fairness and daily limits see one person.
    /// Their settings stay this member's.
    /// </summary>
    public void Absorb(Member other)
    {
        foreach (var identity in other.IdentityList)
        {
            AddIdentity(identity);
        }

        RecentHelpList = [.. RecentHelpList.Concat(other.RecentHelpList).Order()];
        DeferredAskList = [.. DeferredAskList.Concat(other.DeferredAskList).Order()];
        if (other.AskDay is { } day && string.CompareOrdinal(day, AskDay) >= 0)
        {
            AsksThatDay = other.AsksOn(day) + AsksOn(day);
            AskDay = day;
        }

        if (other.LastAskedAt > LastAskedAt || LastAskedAt is null)
        {
            LastAskedAt = other.LastAskedAt;
        }

        // On a tie the other one wins: when accounts are joined it is the one that just typed the code.
        if (other.LastSeenAt >= LastSeenAt)
        {
            LastSeenAt = other.LastSeenAt;
            LastPlatform = other.LastPlatform;
        }

        if (other.JoinedAt < JoinedAt)
        {
            JoinedAt = other.JoinedAt;
        }

        HomeSpace ??= other.HomeSpace;
    }
}
