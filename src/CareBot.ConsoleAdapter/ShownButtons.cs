using CareBot.Core.Outbox;

namespace CareBot.ConsoleAdapter;

/// <summary>
/// The buttons last shown to each person in their private chat, and which community each is about. In the console a
/// button is pressed by typing its command, so typing one that was just shown carries that community, as a press does on
/// Telegram or Discord: someone in two groups isn't asked "which group?" about a button that already said.
/// </summary>
internal sealed class ShownButtons
{
    private const int RememberedPerPerson = 100;

    private readonly Dictionary<string, Dictionary<string, int>> _byPerson = new(StringComparer.Ordinal);

    public void Shown(OutboxMessage message)
    {
        if (!message.Destination.IsDirect)
        {
            return;
        }

        if (!_byPerson.TryGetValue(message.Destination.ChatId, out var buttons))
        {
            _byPerson[message.Destination.ChatId] = buttons = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        foreach (var button in message.Content.Buttons)
        {
            if ((button.CommunityId ?? message.CommunityId) is { } community)
            {
                buttons.Remove(button.Command);
                buttons[button.Command] = community;
            }
        }

        // The oldest go first: a button from long ago is as good as typed.
        while (buttons.Count > RememberedPerPerson)
        {
            buttons.Remove(buttons.Keys.First());
        }
    }

    /// <summary>The community of the button with exactly this command, if one was shown to the person.</summary>
    public int? CommunityOf(string person, string typed) =>
        _byPerson.TryGetValue(person, out var buttons) && buttons.TryGetValue(typed.Trim(), out var community) ? community : null;
}
