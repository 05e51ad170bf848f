using CareBot.Core.Communities;
using CareBot.Core.Linking;
using CareBot.Core.Members;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>Finds which community a conversation is about, creating one for a group the bot meets for the first time.</summary>
internal static class CommunityResolver
{
    /// <summary>A group's community (created if new, reopened if it was closed); null only in a private chat of a stranger.</summary>
    public static (Community? Community, SpaceChange Change) Resolve(IStoreSession session, Inbound inbound, DateTimeOffset now)
    {
        if (!inbound.Where.IsGroup)
        {
            return (ForPrivateChat(session, inbound.From.Ref, inbound.CommunityHint), SpaceChange.AlreadyOpen);
        }

        var title = string.IsNullOrWhiteSpace(inbound.Where.Title) ? inbound.Where.ChatId : inbound.Where.Title!;
        var (community, change) = Join(session, inbound.Where.Space, title, now);
        return (community, change);
    }

    /// <summary>The bot is in a group: its space and community exist and are open afterwards.</summary>
    /// <returns>The community, and how the space changed: already open, reopened, or new with a new community.</returns>
    public static (Community Community, SpaceChange Change) Join(IStoreSession session, SpaceRef reference, string title, DateTimeOffset now)
    {
        var space = session.Communities.FindSpace(reference);
        if (space is not null)
        {
            if (space.IsOpen)
            {
                return (session.Communities.Get(space.CommunityId)!, SpaceChange.AlreadyOpen);
            }

            space.Reopen(title, now);
            session.Communities.Upsert(space);
            return (session.Communities.Get(space.CommunityId)!, SpaceChange.Reopened);
        }

        var community = new Community(title, now);
        session.Communities.Insert(community);
        session.Communities.Upsert(new Space(reference, community.Id, title, now));
        return (community, SpaceChange.Created);
    }

    /// <summary>
    /// In a private chat the person may belong to several communities: a pressed button says which;
    /// otherwise it is the one they were last active in.
    /// </summary>
    public static Community? ForPrivateChat(IStoreSession session, UserRef user, int? hint)
    {
        var memberships = session.Members.FindByIdentity(user);
        if (memberships.Count == 0)
        {
            return null;
        }

        hint = hint is { } id ? CommunityAliases.Current(session, id) : null;
        var chosen = memberships.FirstOrDefault(m => m.CommunityId == hint)
            ?? memberships.OrderByDescending(m => m.LastSeenAt).ThenByDescending(m => m.Id).First();
        return session.Communities.Get(chosen.CommunityId);
    }

    public static IReadOnlyList<Member> Memberships(IStoreSession session, UserRef user) => session.Members.FindByIdentity(user);
}
