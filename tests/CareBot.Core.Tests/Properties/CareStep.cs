namespace CareBot.Core.Tests.Properties;

/// <summary>One thing that happens in a generated run: someone types a command (in the group or privately), or time passes.</summary>
public sealed record CareStep(string? Person, bool InGroup, string? Command, TimeSpan Wait)
{
    public static CareStep Typed(string person, bool inGroup, string command) => new(person, inGroup, command, TimeSpan.Zero);

    public static CareStep Waits(TimeSpan wait) => new(null, false, null, wait);

    public override string ToString() => Command is null
        ? $"({Wait:d\\.hh\\:mm} pass)"
        : $"{Person} {(InGroup ? "in the group" : "privately")}: {Command}";
}
