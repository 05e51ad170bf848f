namespace CareBot.Delivery.Pacing;

/// <summary>
/// Which request goes first when the bot-wide limit is full and several wait: a message to one person (an ask, an
/// introduction, an answer) before a post in a group or channel, which everyone reads in passing and which its own
/// channel's limit already spreads out. Waiting posts still go within <see cref="WaitingRequests"/>'s longest hold.
/// </summary>
internal enum SendPriority
{
    Person,
    Group,
}
