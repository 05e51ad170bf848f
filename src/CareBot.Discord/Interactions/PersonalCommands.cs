namespace CareBot.Discord.Interactions;

/// <summary>Commands whose answers are about the person alone, so they are answered ephemerally even in a server.</summary>
public static class PersonalCommands
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "mine", "me", "export", "forget", "offers", "pause", "resume", "checkin", "categories", "reveal",

        // A code is a key to a group or to someone's data: it is shown, and typed, to the person alone.
        "link",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
