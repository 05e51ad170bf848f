namespace CareBot.Discord.Api.Models;

/// <summary>A row holding up to 5 buttons, or one select menu (or one text input in a modal). A message has up to 5 rows.</summary>
public sealed record ActionRow : MessageComponent
{
    public override ComponentType Type => ComponentType.ActionRow;

    public ActionRow()
    {
    }

    public ActionRow(params IReadOnlyList<MessageComponent> components) => Components = components;

    public IReadOnlyList<MessageComponent> Components { get; init; } = [];
}
