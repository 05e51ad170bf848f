using CareBot.Discord.Api.Models;
using CareBot.Discord.Commands;

namespace CareBot.Discord.Interactions;

/// <summary>
/// The form (modal) that opens when /need or /offer is given no text. Its custom_id carries the command with the
/// options already chosen ("form:/need anon zone north"); the submitted text completes it. A forged id is only a
/// command text, which the engine checks like any other.
/// </summary>
public static class NeedOfferForm
{
    public const string Prefix = "form:";
    public const string FieldId = "text";
    private const int MaxText = 1000;

    public static bool Wants(string commandName, IReadOnlyList<InteractionDataOption>? options) =>
        commandName is "need" or "offer" && string.IsNullOrWhiteSpace(SlashCommandText.Value(options, "text"));

    public static InteractionResponse? Open(string commandName, string commandText)
    {
        var customId = Prefix + commandText;
        if (customId.Length > 100)
        {
            return null;
        }

        var (title, label) = commandName == "need"
            ? ("Ask for help", "What do you need?")
            : ("Offer help", "What can you give?");
        var input = new TextInput { CustomId = FieldId, Label = label, Style = 2, MinLength = 1, MaxLength = MaxText, Required = true };
        return InteractionResponse.Modal(customId, title, [new ActionRow(input)]);
    }

    /// <summary>The command the submitted form stands for, or null for a form this bot never opened.</summary>
    public static string? Submitted(InteractionData? data)
    {
        if (data?.CustomId is not { } id || !id.StartsWith(Prefix, StringComparison.Ordinal) || !id[Prefix.Length..].StartsWith('/'))
        {
            return null;
        }

        var text = data.Components?.OfType<ActionRow>().SelectMany(row => row.Components).OfType<TextInput>()
            .FirstOrDefault(input => input.CustomId == FieldId)?.Value;
        return string.IsNullOrWhiteSpace(text) ? null : $"{id[Prefix.Length..]} {text.Trim()}";
    }
}
