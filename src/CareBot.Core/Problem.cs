namespace CareBot.Core;

/// <summary>
/// An expected failure (bad input, a missing need, a move the rules refuse), returned as a value with a
/// friendly sentence for the person. Exceptions are kept for bugs.
/// </summary>
public sealed record Problem(string Message)
{
    public override string ToString() => Message;
}
