namespace CareBot.Core.Messages;

/// <summary>
/// A button under a message. A command button carries exactly one command (<c>/claim 12</c>), so a
/// press is handled like the typed command, with the same checks on who may do it.
/// </summary>
public sealed record Button(string Label, string Command, ButtonKind Kind = ButtonKind.Command)
{
    /// <summary>
    /// The community the command is about, when it differs from the message's (a list covering several communities);
    /// null means the message's own.
    /// </summary>
    public int? CommunityId { get; init; }

    public static Button For(string label, string command) => new(label, command);

    /// <summary>A button about one community, in a message that may be about several.</summary>
    public static Button For(string label, string command, int? communityId) => new(label, command) { CommunityId = communityId };

    /// <summary>A button that opens a private chat with the bot; <paramref name="payload"/> tells the bot why.</summary>
    public static Button OpenPrivateChat(string label, string payload) => new(label, payload, ButtonKind.OpenPrivateChat);
}
