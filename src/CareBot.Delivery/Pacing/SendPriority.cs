namespace CareBot.Delivery.Pacing;

/// <summary>
/// Which request goes first when the bot-wide limit is full and several wait: a message to one person (an ask, an
/// introduction, an answer) before a post in a group or channel, which everyone reads in passing and which its own
/// channel's limit already spreads out. A post also waits while private messages are under way, even with room in the
/// window (<see cref="PrivateMessagesUnderWay"/>). Waiting posts still go within <see cref="WaitingRequests"/>'s longest hold.
/// </summary>
internal enum SendPriority
{
    Person,
    Group,
}
