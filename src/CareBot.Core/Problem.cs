namespace CareBot.Core;

/// <summary>
/// An expected failure (bad input, a missing need, a move the rules refuse), returned as a value with a
/// friendly sentence for the person. Exceptions are kept for bugs.
/// </summary>
public sealed record Problem(string Message)
{
    /// <summary>
    /// Said to the person alone even where the command was typed in a group: a refusal about an anonymous need, which
    /// would otherwise tell the group whether the person who typed it is the one who asked.
    /// </summary>
    public bool OnlyToThePerson { get; init; }

    public override string ToString() => Message;
}
