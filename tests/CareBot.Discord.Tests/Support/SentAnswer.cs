namespace CareBot.Discord.Tests.Support;

/// <summary>One message the bot sent in answer to an interaction, as the fake recorded it.</summary>
internal sealed record SentAnswer(string Text, bool Ephemeral, IReadOnlyList<string> ButtonIds);
