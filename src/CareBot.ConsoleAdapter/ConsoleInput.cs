namespace CareBot.ConsoleAdapter;

/// <summary>One line of the console protocol, read.</summary>
public abstract record ConsoleInput
{
    /// <summary>A comment or a blank line.</summary>
    public sealed record Nothing : ConsoleInput;

    /// <summary><c>alice: /need a ride</c> (group), <c>alice@garden: …</c>, or <c>alice@dm: …</c> (private chat).</summary>
    public sealed record Say(string User, string? Group, string Text) : ConsoleInput
    {
        public bool IsPrivate => Group is null;
    }

    /// <summary><c>:advance 2d</c>: moves the clock forward.</summary>
    public sealed record Advance(TimeSpan By) : ConsoleInput;

    /// <summary><c>:admin alice</c> or <c>:admin alice@garden</c>.</summary>
    public sealed record Admin(string User, string Group) : ConsoleInput;

    /// <summary>A line that could not be read, with why.</summary>
    public sealed record Invalid(string Reason) : ConsoleInput;
}
