using CareBot.Core.Platforms;

namespace CareBot.Core.Engine;

/// <summary>Names of the small markers the engine and adapters keep, in one place so /forget can find them.</summary>
public static class CursorNames
{
    /// <summary>Set once a person was invited in the group to open a private chat, so they are invited only once.</summary>
    public static string Invited(UserRef user) => $"invited:{user.Key}";

    /// <summary>
    /// Set while a person whose direct messages are closed is owed, or was given, the private notice that a message
    /// waits for them, so they are told once until a private message reaches them.
    /// </summary>
    public static string WaitingNotice(UserRef user) => $"waiting-notice:{user.Key}";

    /// <summary>
    /// A command typed in a private chat by someone in several communities, kept while they choose which one it is for
    /// (see <see cref="CommunityChoice"/>); its words may be private, so /forget erases it and /export shows it.
    /// </summary>
    public static string CommunityChoice(UserRef user) => $"community-choice:{user.Key}";

    /// <summary>Set while the person is known to receive private messages from the bot (see <see cref="PrivateChats"/>).</summary>
    public static string PrivateChatOpen(UserRef user) => $"private-chat:{user.Key}";

    /// <summary>A /link code not yet used, by the hash of the code: what it links and until when (see <see cref="Linking.LinkTickets"/>).</summary>
    public static string LinkCode(string hash) => $"link-code:{hash}";

    /// <summary>The hash of the code a group or person has waiting, so a new code replaces it and /forget erases it.</summary>
    public static string LinkCodeOf(string subject) => $"link-code-of:{subject}";

    /// <summary>Where a community linked into another went (see <see cref="Linking.CommunityAliases"/>).</summary>
    public static string MergedCommunity(int communityId) => $"community-merged:{communityId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The ids of the last updates handled in one chat (see <see cref="Cursor.Recent"/>), named by a hash of the chat so
    /// the name says nobody's id. A private chat's name is its person's: /forget erases it.
    /// </summary>
    public static string RecentUpdates(string platform, string chatId) => $"updates:{platform}:{Hashed(platform + ":" + chatId)}";

    /// <inheritdoc cref="RecentUpdates(string, string)"/>
    public static string RecentUpdates(UserRef user) => RecentUpdates(user.Platform, user.UserId);

    /// <summary>The last update of a platform that was handled.</summary>
    public static string LastUpdate(string platform) => $"update:{platform}";

    private static string Hashed(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
}
