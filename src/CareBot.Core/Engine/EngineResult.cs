namespace CareBot.Core.Engine;

/// <summary>
/// What handling a command produced. Replies are here only in <see cref="ReplyMode.Return"/>; in outbox
/// mode they were written to the outbox. <see cref="Problem"/> is set when the command changed nothing
/// because of bad input or a refused move.
/// </summary>
public sealed record EngineResult(IReadOnlyList<Reply> Replies, Problem? Problem)
{
    public static EngineResult Ignored { get; } = new([], null);

    public bool Succeeded => Problem is null;
}
