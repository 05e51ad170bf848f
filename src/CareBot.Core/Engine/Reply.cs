using CareBot.Core.Messages;

namespace CareBot.Core.Engine;

/// <summary>An answer to the person who typed a command.</summary>
public sealed record Reply(OutgoingMessage Message, ReplyVisibility Visibility);
