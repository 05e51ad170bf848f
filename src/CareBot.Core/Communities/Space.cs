using CareBot.Core.Platforms;

namespace CareBot.Core.Communities;

/// <summary>A group chat on one platform that belongs to a community. A community may have several.</summary>
public sealed class Space
{
    private Space()
    {
        Key = "";
        Platform = "";
        ChatId = "";
        Title = "";
    }

    public Space(SpaceRef reference, int communityId, string title, DateTimeOffset at)
    {
        Key = reference.Key;
        Platform = reference.Platform;
        ChatId = reference.ChatId;
        CommunityId = communityId;
        Title = title;
        IsOpen = true;
        JoinedAt = at;
    }

    /// <summary>"platform:chatId", unique.</summary>
    public string Key { get; private set; }

    public string Platform { get; private set; }

    public string ChatId { get; private set; }

    public int CommunityId { get; private set; }

    public string Title { get; private set; }

    /// <summary>False once the bot was removed: nothing is posted there any more.</summary>
    public bool IsOpen { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public SpaceRef Ref => new(Platform, ChatId);

    public void Reopen(string title, DateTimeOffset at)
    {
        IsOpen = true;
        Title = title;
        JoinedAt = at;
    }

    public void Close() => IsOpen = false;

    /// <summary>The same space under the new address the platform gave it; everything else carries over.</summary>
    public Space MovedTo(SpaceRef reference) => new(reference, CommunityId, Title, JoinedAt) { IsOpen = IsOpen };

    public void Rename(string title) => Title = title;

    /// <summary>The space now belongs to another community: its group was linked into it, or separated from it.</summary>
    public void MoveTo(int communityId) => CommunityId = communityId;
}
