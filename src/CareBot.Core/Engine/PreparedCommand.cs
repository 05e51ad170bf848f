namespace CareBot.Core.Engine;

/// <summary>
/// A command ready for its turn: its handler (null for a command the engine doesn't know) and its text as the sentence
/// model read it; or refused before any of that (past the member's limits).
/// </summary>
internal sealed record PreparedCommand(CommandHandler? Handler, ReadAhead? ReadAhead, EngineResult? Refused);
