using CareBot.Core.Messages;
using CareBot.Core.Platforms;

namespace CareBot.Telegram.Rendering;

/// <summary>Turns the engine's spans into pieces: every piece of text is escaped later, whatever its style.</summary>
internal static class SpanPieces
{
    public static IEnumerable<Piece> Of(Span span)
    {
        switch (span.Style)
        {
            case SpanStyle.Bold:
                yield return new Piece(span.Text, PieceStyle.Bold);
                break;
            case SpanStyle.Italic:
                yield return new Piece(span.Text, PieceStyle.Italic);
                break;
            case SpanStyle.Command:
                yield return new Piece(span.Text, PieceStyle.Code);
                break;
            case SpanStyle.Quote:
                // Words someone typed, set apart by quotation marks; kept plain so nothing in them can style the message.
                yield return new Piece("“");
                yield return new Piece(span.Text);
                yield return new Piece("”");
                break;
            case SpanStyle.Person when TelegramUserId(span.Person) is { } id:
                yield return new Piece(span.Text, PieceStyle.UserLink, id);
                break;
            default:
                yield return new Piece(span.Text);
                break;
        }
    }

    private static long? TelegramUserId(UserRef? person) =>
        person is { Platform: KnownPlatforms.Telegram } user && long.TryParse(user.UserId, out var id) && id > 0 ? id : null;
}
