using CareBot.Core.Messages;

namespace CareBot.Core.Safety;

/// <summary>
/// The private answer to a need held back as an emergency. The group's own emergency agreement always comes
/// first, because it carries the numbers that work where the group lives; then one line that fits the kind of
/// danger (a crisis line and a warm word for thoughts of suicide, safety for violence, getting out for fire);
/// then the choice to post it anyway, for the times it was not an emergency after all.
/// </summary>
internal static class EmergencyAnswer
{
    public static OutgoingMessage For(EmergencyKind kind, string groupNotice) => new MessageBuilder()
        .Bold(groupNotice).Line()
        .Line(LeadFor(kind))
        .Line("I haven't posted it in the group, because it sounds like it might be urgent. I'm sorry you're going through this.")
        .Line("If it isn't an emergency, or once you're safe, you can still ask the group:")
        .Button("Post it as a need", "/need post")
        .Button("Don't post it", "/need drop")
        .Build();

    private static string LeadFor(EmergencyKind kind) => kind switch
    {
        EmergencyKind.SuicideOrSelfHarm =>
            "Please reach a crisis line now; they listen, day or night. You don't have to go through this alone. " +
            "If you might act on these thoughts, call the emergency number.",
        EmergencyKind.Violence =>
            "If you or anyone is in danger, call the emergency number now. If you can, get somewhere safe: " +
            "a room you can lock, a neighbour's, or someone you trust.",
        EmergencyKind.FireOrGas =>
            "Get everyone out first, then call the emergency number from outside. If you smell gas, don't switch anything on or off.",
        EmergencyKind.Overdose =>
            "Call the emergency number now, even if they seem fine for the moment. Tell them what was taken and how much.",
        EmergencyKind.Missing =>
            "Call the emergency number now: when a child or a vulnerable person is missing, every minute counts.",
        _ => "Call the emergency number now if someone's life or health may be in danger.",
    };
}
