using CareBot.Core.Messages;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareBot.Telegram.Rendering;

/// <summary>
/// The engine's buttons as an inline keyboard: two short buttons share a row, longer ones get their own. A command
/// button carries its command in callback data; "open a private chat" is a deep link.
/// </summary>
internal static class KeyboardLayout
{
    private const int PairedLabelLength = 30;

    public static InlineKeyboardMarkup? Build(IReadOnlyList<Button> buttons, int? communityId, string botUsername, Action<Button>? dropped = null)
    {
        var rows = new List<List<InlineKeyboardButton>>();
        List<InlineKeyboardButton>? open = null;
        foreach (var button in buttons)
        {
            var rendered = Render(button, communityId, botUsername);
            if (rendered is null)
            {
                dropped?.Invoke(button);
                continue;
            }

            if (open is { Count: 1 } && open[0].Text.Length + rendered.Text.Length <= PairedLabelLength)
            {
                open.Add(rendered);
                open = null;
                continue;
            }

            open = [rendered];
            rows.Add(open);
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static InlineKeyboardButton? Render(Button button, int? communityId, string botUsername)
    {
        if (button.Kind == ButtonKind.OpenPrivateChat)
        {
            return InlineKeyboardButton.WithUrl(button.Label, DeepLink.For(botUsername, button.Command));
        }

        return CallbackData.Encode(button.CommunityId ?? communityId, button.Command) is { } data
            ? InlineKeyboardButton.WithCallbackData(button.Label, data)
            : null;
    }
}
