using CareBot.Core.Messages;
using CareBot.Core.Safety;
using CareBot.Discord.Api.Models;
using DiscordButton = CareBot.Discord.Api.Models.Button;

namespace CareBot.Discord.Rendering;

/// <summary>
/// Renders an engine message for Discord: as embeds (channel posts) or plain content (private messages and
/// interaction replies), split into as many messages as the text needs, with the buttons and any file on the last.
/// A picture (the /map chart) is shown in an embed from the file itself (<c>attachment://map.png</c>), with its alt
/// text as the file's description for screen readers. Mentions are never decided here: <see cref="MentionFree"/> sets
/// them on every message that leaves.
/// </summary>
public static class DiscordMessageRenderer
{
    /// <summary>Discord's limit on a message's content.</summary>
    public const int MaxContent = 2000;

    /// <summary>Discord's limit on an embed's description (the whole embed may hold 6,000).</summary>
    public const int MaxEmbedDescription = 4096;

    public const int MaxButtonsPerRow = 5;
    public const int MaxRows = 5;
    public const int MaxButtonLabel = 80;

    /// <summary>Discord's limit on a file's description, which screen readers read as the picture's alt text.</summary>
    public const int MaxAltText = 1024;

    /// <summary>A CareBot-green stripe beside channel posts.</summary>
    private const int Colour = 0x57F287;

    public static IReadOnlyList<RenderedPart> AsEmbeds(OutgoingMessage message, int? communityId)
    {
        var chunks = TextChunks.Split(MarkdownText.Render(message), MaxEmbedDescription);
        var files = Files(message);
        return [.. chunks.Select((chunk, i) => i < chunks.Count - 1
            ? new RenderedPart(null, [Embed(chunk, null)], null, [])
            : new RenderedPart(null, [Embed(chunk, files.FirstOrDefault(IsPicture))], Rows(message, communityId), files))];
    }

    public static IReadOnlyList<RenderedPart> AsContent(OutgoingMessage message, int? communityId)
    {
        var chunks = TextChunks.Split(MarkdownText.Render(message), MaxContent);
        var files = Files(message);
        var picture = files.FirstOrDefault(IsPicture);
        return [.. chunks.Select((chunk, i) => i < chunks.Count - 1
            ? new RenderedPart(chunk, null, null, [])
            : new RenderedPart(chunk.Length > 0 ? chunk : null, picture is null ? null : [Embed("", picture)], Rows(message, communityId), files))];
    }

    private static Embed Embed(string description, FileUpload? picture) => new()
    {
        Description = description.Length > 0 ? description : null,
        Color = Colour,
        Image = picture is null ? null : new EmbedImage(picture.AttachmentUrl),
    };

    private static bool IsPicture(FileUpload file) => file.ContentType.StartsWith("image/", StringComparison.Ordinal);

    private static IReadOnlyList<FileUpload> Files(OutgoingMessage message) =>
        message.Attachment is { } file ? [new FileUpload(file.FileName, file.Content, file.MediaType) { Description = AltText(file) }] : [];

    /// <summary>Discord takes up to 1,024 characters of alt text for a file.</summary>
    private static string? AltText(CareBot.Core.Messages.Attachment file) => file.AltText is { } text ? TextRules.Clip(text, MaxAltText) : null;

    /// <summary>Command buttons in rows of five; a button that cannot be carried (too long) is left off rather than broken.</summary>
    private static IReadOnlyList<MessageComponent>? Rows(OutgoingMessage message, int? communityId)
    {
        var buttons = message.Buttons
            .Where(button => button.Kind == ButtonKind.Command)
            .Select(button => ButtonIds.Encode(button.CommunityId ?? communityId, button.Command) is { } id
                ? DiscordButton.Action(id, Clip(button.Label), ButtonStyle.Secondary)
                : null)
            .OfType<DiscordButton>()
            .Take(MaxButtonsPerRow * MaxRows)
            .ToList();
        return buttons.Count == 0 ? null : [.. buttons.Chunk(MaxButtonsPerRow).Select(row => new ActionRow(row))];
    }

    private static string Clip(string label) => TextRules.Clip(label, MaxButtonLabel);
}
