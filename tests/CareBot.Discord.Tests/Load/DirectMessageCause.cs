namespace CareBot.Discord.Tests.Load;

/// <summary>One DM the bot delivered: to whom, when Discord received it, and when the command that caused it was dispatched (or a moment no later).</summary>
internal sealed record DirectMessageCause(ulong Recipient, DateTimeOffset CausedAt, DateTimeOffset DeliveredAt);
