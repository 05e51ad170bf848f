using System.Globalization;
using System.Text;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>The figures of a crash run as the tables in docs/reliability.md.</summary>
internal static class CrashReport
{
    public static string Markdown(CrashFigures figures)
    {
        var text = new StringBuilder();
        Line(text, $"Seed {figures.Seed}: {figures.Plan.Commands.Count} commands from {figures.Plan.Members.Count} members typed over {figures.Typing.TotalSeconds:0} s; settled {figures.ToSettled.TotalSeconds:0} s after the first command.");
        Line(text, $"");
        Line(text, $"| kill | into the run | after the host began polling | commands typed / not yet confirmed | messages so far | polling again after | repeated messages (chats) | most in one chat |");
        Line(text, $"| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var kill in figures.Kills)
        {
            var number = kill.Plan.Number;
            var when = kill.Plan.RightAfterRestart ? " (right after a restart)" : "";
            Line(text, $"| {number}{when} | {kill.IntoRun.TotalSeconds:0.0} s | {kill.AfterPolling.TotalSeconds:0.00} s | {kill.CommandsTyped} / {kill.Unconfirmed} | {kill.MessagesSoFar} | {kill.BackToPolling.TotalSeconds:0.0} s | {figures.Duplicates.CopiesAt(number)} ({figures.Duplicates.ChatsWithCopies(number)}) | {figures.Duplicates.MostInOneChat(number)} |");
        }

        Line(text, $"");
        Line(text, $"| | |");
        Line(text, $"| --- | --- |");
        Line(text, $"| messages delivered (to groups) | {figures.MessagesSent} ({figures.GroupMessagesSent}) |");
        Line(text, $"| messages the commands had to cause, found | {figures.Messages.Expected - figures.Messages.Missing.Count} of {figures.Messages.Expected} |");
        Line(text, $"| unexpected messages (a command handled twice would show here) | {figures.Messages.Unexpected.Count} |");
        Line(text, $"| offers / needs stored, each exactly once | {Stored(figures)} |");
        Line(text, $"| repeated messages, all crashes | {figures.Duplicates.Total} |");
        Line(text, $"| most repeated in one chat by one crash (goal {CrashFigures.MostCopiesPerChatPerCrash}) | {figures.Duplicates.PerChatAndCrash.Values.DefaultIfEmpty(0).Max()} |");
        Line(text, $"| repeated without a crash in between | {figures.Duplicates.WithoutCrash.Count} |");
        Line(text, $"| 429s (goal at most {CrashFigures.MostTooManyRequests}) | {figures.TooManyRequests.Count} |");
        Line(text, $"| other errors from Telegram | {figures.OtherErrors.Count} |");
        Line(text, $"");
        foreach (var tooMany in figures.TooManyRequests)
        {
            Line(text, $"- 429: {tooMany}");
        }

        foreach (var (copy, crash) in figures.Duplicates.AfterCrash.OrderBy(copy => copy.Crash))
        {
            var chat = copy.ChatId < 0 ? "a group" : "a private chat";
            Line(text, $"- repeated after kill {crash}, in {chat}: \"{Clip(copy.PlainText)}\"");
        }

        return text.ToString();
    }

    private static string Stored(CrashFigures figures) => figures.StoreProblems.Count == 0
        ? $"{figures.Plan.Members.Sum(member => member.OfferTags.Count)} / {figures.Plan.Needs.Count}"
        : $"{figures.StoreProblems.Count} problems";

    private static string Clip(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 90 ? line : line[..89] + "…";
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
