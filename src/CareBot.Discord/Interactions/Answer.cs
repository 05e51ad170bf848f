using CareBot.Discord.Rendering;

namespace CareBot.Discord.Interactions;

/// <summary>One message of an interaction's answer, and whether only the person who acted sees it.</summary>
public sealed record Answer(RenderedPart Part, bool Ephemeral);
