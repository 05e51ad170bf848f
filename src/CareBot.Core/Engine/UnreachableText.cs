using CareBot.Core.Members;
using CareBot.Core.Messages;

namespace CareBot.Core.Engine;

/// <summary>
/// What a person whose private messages can't be delivered yet is told. Neither message says what waits or who it is
/// about: only that a private message does, so nothing of a need (an anonymous one least of all) shows through.
/// </summary>
internal static class UnreachableText
{
    /// <summary>Posted in the group, once: a bot that may not write first (Telegram) can only ask the person to open a chat.</summary>
    public static OutgoingMessage Invitation(Member? member) => new MessageBuilder()
        .Add("📬 ").Add(member is null ? Span.Plain("Hello") : NeedCards.Person(member))
        .Add(", I have a private message for you, but I can't write to you until you open a chat with me. Tap below, then press Start.")
        .Button(Button.OpenPrivateChat("Open a private chat", "held"))
        .Build();

    /// <summary>
    /// Said to the person alone, with the answer to a command, once: their settings turn direct messages away (Discord's
    /// "allow direct messages from server members" off), which only they can change.
    /// </summary>
    public static OutgoingMessage Waiting() => new MessageBuilder()
        .Line("📬 I have a private message for you, but your privacy settings don't let me send you direct messages, so it's waiting.")
        .Line("To receive it, allow direct messages from members of this server or group: tap its name, then Privacy Settings, and turn on Direct Messages. " +
              "I'll try again each time you use a command.")
        .Build();
}
