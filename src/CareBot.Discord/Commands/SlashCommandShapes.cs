using CareBot.Core.Engine;
using CareBot.Core.Safety;
using CareBot.Discord.Api.Models;

namespace CareBot.Discord.Commands;

/// <summary>
/// The typed options of each engine command on Discord, in the order their words go into the command text. A command
/// not named here takes one free "details" option if its usage shows arguments, none otherwise.
/// </summary>
public static class SlashCommandShapes
{
    private static readonly SlashOption NeedNumber = SlashOption.Number("number", "the need's number", SuggestionKind.Needs);

    private static readonly Dictionary<string, IReadOnlyList<SlashOption>> Typed = new(StringComparer.Ordinal)
    {
        ["need"] =
        [
            new("anonymous", ApplicationCommandOptionType.Boolean, "post it without your name", "anon"),
            new("by", ApplicationCommandOptionType.String, "when you need it by: today, friday, 12 march…", "by"),
            new("zone", ApplicationCommandOptionType.String, "the part of town it is in", "zone") { Suggests = SuggestionKind.Zones },
            new("helpers", ApplicationCommandOptionType.Integer, "how many people you need (1-10)", "helpers"),
            SlashOption.Text("text", "what you need (leave empty to write it in a form)"),
        ],
        ["offer"] =
        [
            new("zone", ApplicationCommandOptionType.String, "the part of town you can help in", "zone") { Suggests = SuggestionKind.Zones },
            SlashOption.Text("text", "what you can give (leave empty to write it in a form)"),
        ],
        ["claim"] = [NeedNumber],
        ["pass"] = [NeedNumber],
        ["cancel"] = [NeedNumber, SlashOption.Text("reason", "why (admins: told to the person who asked)")],
        ["keep"] = [NeedNumber],
        ["notyet"] = [NeedNumber],
        ["fellthrough"] = [NeedNumber],
        ["reveal"] = [NeedNumber],
        ["done"] = [NeedNumber, SlashOption.Text("thanks", "a thank-you for whoever helped")],
        ["thanks"] = [NeedNumber, SlashOption.Text("words", "your thank-you") with { Required = true }],
        ["withdraw"] = [SlashOption.Number("number", "your offer's number", SuggestionKind.MyOffers)],
        ["stillon"] = [SlashOption.Number("number", "your offer's number", SuggestionKind.MyOffers)],
        ["categories"] =
        [
            SlashOption.Text("of", "an offer or a need") with { Required = true, Choices = ["offer", "need"] },
            new("number", ApplicationCommandOptionType.Integer, "its number") { Required = true },
            SlashOption.Text("categories", "categories to set, e.g. pets, transport") with { Suggests = SuggestionKind.Categories },
        ],
        ["needs"] = [new("page", ApplicationCommandOptionType.Integer, "which page")],
        ["pause"] = [new("days", ApplicationCommandOptionType.Integer, "for how many days")],
        ["checkin"] = [SlashOption.Text("answer", "how you are") with { Required = true, Choices = ["ok", "support"] }],
        ["agree"] =
        [
            SlashOption.Text("key", "which agreement, e.g. zones") with { Required = true },
            SlashOption.Text("value", "its new value") with { Required = true },
        ],
        ["me"] =
        [
            new("zone", ApplicationCommandOptionType.String, "your part of town", "zone") { Suggests = SuggestionKind.Zones },
            new("cap", ApplicationCommandOptionType.Integer, "most requests a week", "cap"),
            new("quiet", ApplicationCommandOptionType.String, "quiet hours, e.g. 22-08", "quiet"),
            new("tz", ApplicationCommandOptionType.String, "your time zone, e.g. Europe/Berlin", "tz"),
            new("notify", ApplicationCommandOptionType.String, "how you hear of needs", "notify") { Choices = ["instant", "digest", "off"] },
            new("checkins", ApplicationCommandOptionType.String, "weekly check-ins", "checkins") { Choices = ["weekly", "off"] },
            new("dm", ApplicationCommandOptionType.String, "where private messages go, once your accounts are linked", "dm") { Choices = ["telegram", "discord", "last"] },
        ],
        ["link"] = [SlashOption.Text("code", "the code /link gave in the other group or on your other account; empty gets one")],
    };

    public static IReadOnlyList<SlashOption> For(CommandInfo command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Typed.TryGetValue(command.Name, out var options))
        {
            return options;
        }

        var takesArguments = command.Usage.Trim().Contains(' ', StringComparison.Ordinal);
        return takesArguments ? [SlashOption.Text("details", Clip(command.Usage))] : [];
    }

    private static string Clip(string text) => TextRules.Clip(text, 100);
}
