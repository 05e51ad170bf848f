using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using Microsoft.Extensions.Logging;

namespace CareBot.ConsoleAdapter;

/// <summary>
/// Drives the engine from lines of the console protocol: each line becomes a command (or a clock move),
/// then everything due in the outbox for the console is printed and marked sent, exactly as a chat
/// adapter would deliver it. Files sent with a message are saved (see <see cref="ConsoleFiles"/>).
/// </summary>
public sealed partial class ConsoleSession(
    CareEngine engine,
    AdjustableTimeProvider clock,
    ConsoleMemory memory,
    ConsoleAdminDirectory admins,
    ConsoleFiles files,
    ILogger<ConsoleSession> logger)
{
    private const int MaxLineLength = 20_000;

    private readonly ShownButtons _shown = new();

    /// <summary>Reads until the end of <paramref name="input"/>; messages go to <paramref name="output"/>, everything else to <paramref name="diagnostics"/>.</summary>
    public async Task RunAsync(TextReader input, TextWriter output, TextWriter diagnostics, bool interactive, CancellationToken cancellationToken)
    {
        await DeliverAsync(output, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await diagnostics.WriteAsync("> ");
                await diagnostics.FlushAsync(cancellationToken);
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                break;
            }

            await HandleLineAsync(line, output, diagnostics, cancellationToken);
        }
    }

    public async Task HandleLineAsync(string line, TextWriter output, TextWriter diagnostics, CancellationToken cancellationToken)
    {
        var input = line.Length > MaxLineLength
            ? new ConsoleInput.Invalid(string.Create(CultureInfo.InvariantCulture, $"that line is {line.Length:N0} characters; the console reads lines up to {MaxLineLength:N0}"))
            : ConsoleLineParser.Parse(line);
        switch (input)
        {
            case ConsoleInput.Say say:
                await engine.HandleAsync(ToInbound(say), cancellationToken);
                break;
            case ConsoleInput.Advance advance:
                memory.RememberClockOffset(clock.Offset + advance.By);
                clock.Advance(advance.By);
                await diagnostics.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"(clock is now {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC)"));
                break;
            case ConsoleInput.Admin admin:
                admins.Grant(admin.User, admin.Group);
                await diagnostics.WriteLineAsync($"({admin.User} is now an admin of {admin.Group})");
                break;
            case ConsoleInput.Invalid invalid:
                await diagnostics.WriteLineAsync($"(couldn't read that line: {invalid.Reason})");
                break;
        }

        await engine.Rhythms.RunDueAsync(cancellationToken);
        await DeliverAsync(output, cancellationToken);
    }

    /// <summary>Prints and marks sent everything due for the console, in the order the engine wrote it.</summary>
    public async Task DeliverAsync(TextWriter output, CancellationToken cancellationToken)
    {
        while (true)
        {
            var due = engine.Outbox.Due(KnownPlatforms.Console, 100);
            if (due.Count == 0)
            {
                return;
            }

            foreach (var message in due.Select(engine.Outbox.ReadyToSend))
            {
                var saved = message.Content.Attachment is { } attachment ? files.Save(attachment) : null;
                await output.WriteAsync(ConsoleRenderer.Render(message, saved));
                _shown.Shown(message);
                await engine.Outbox.MarkSentAsync(message.Id, cancellationToken);
            }

            await output.FlushAsync(cancellationToken);
            LogDelivered(due.Count);
        }
    }

    private Inbound ToInbound(ConsoleInput.Say say)
    {
        var user = new PlatformUser(new UserRef(KnownPlatforms.Console, say.User), say.User);
        var where = say.IsPrivate
            ? Conversation.Direct(KnownPlatforms.Console, say.User)
            : Conversation.Group(KnownPlatforms.Console, say.Group!, say.Group);
        return new Inbound(user, where, say.Text) { CommunityHint = say.IsPrivate ? _shown.CommunityOf(say.User, say.Text) : null };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered {Count} console messages")]
    private partial void LogDelivered(int count);
}
