using CareBot.Core.Platforms;
using CareBot.Core.Storage;

namespace CareBot.Core.Engine;

/// <summary>
/// Whether the person behind a command administers a group of the community, asked of their platform. In a
/// private chat, any open group of the community on that platform counts.
/// </summary>
internal sealed class AdminRights(ICareStore store, IEnumerable<IAdminDirectory> directories)
{
    private readonly Dictionary<string, IAdminDirectory> _directories = directories.ToDictionary(d => d.Platform, StringComparer.Ordinal);

    public async Task<bool> IsAdminAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        if (!_directories.TryGetValue(inbound.From.Ref.Platform, out var directory))
        {
            return false;
        }

        if (inbound.Where.IsGroup)
        {
            return await directory.IsAdminAsync(inbound.From.Ref, inbound.Where.Space, cancellationToken);
        }

        var spaces = store.Read(session =>
            CommunityResolver.ForPrivateChat(session, inbound.From.Ref, inbound.CommunityHint) is { } community
                ? session.Communities.SpacesOf(community.Id).Where(s => s.IsOpen && s.Platform == inbound.From.Ref.Platform).Select(s => s.Ref).ToList()
                : []);
        foreach (var space in spaces)
        {
            if (await directory.IsAdminAsync(inbound.From.Ref, space, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
