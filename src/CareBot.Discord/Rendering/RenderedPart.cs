using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Rendering;

/// <summary>One Discord message's worth of an engine message: text (as content or an embed), buttons and files.</summary>
public sealed record RenderedPart(string? Content, IReadOnlyList<Embed>? Embeds, IReadOnlyList<MessageComponent>? Components, IReadOnlyList<FileUpload> Files);
