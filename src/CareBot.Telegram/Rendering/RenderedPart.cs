namespace CareBot.Telegram.Rendering;

/// <summary>One message's worth of HTML and its length as Telegram counts it.</summary>
internal sealed record RenderedPart(string Html, int Length);
