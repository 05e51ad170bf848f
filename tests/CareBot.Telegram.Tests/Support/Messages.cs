using CareBot.Core.Messages;
using CareBot.Core.Platforms;

namespace CareBot.Telegram.Tests.Support;

/// <summary>Builders for the engine's messages, as a command would write them.</summary>
internal static class Messages
{
    public static OutgoingMessage Of(params Span[] spans) => new() { Lines = [spans] };

    public static OutgoingMessage Lines(params string[] lines) => new() { Lines = [.. lines.Select(line => (IReadOnlyList<Span>)[Span.Plain(line)])] };

    public static Span TelegramPerson(long id, string name) => Span.Mention(new UserRef(KnownPlatforms.Telegram, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), name);
}
