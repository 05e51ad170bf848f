using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Load;

/// <summary>One slash command the benchmark dispatched: the interaction, who typed it, what and in which round.</summary>
internal sealed record LoadCommand(FakeInteraction Interaction, FakeUser Member, string Name, int Round);
