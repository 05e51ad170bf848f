using System.Globalization;
using System.Text;
using CareBot.Discord.Tests.Support;

namespace CareBot.Discord.Tests.Crash;

/// <summary>The figures of a crash run as the tables in docs/reliability.md.</summary>
internal static class CrashRunReport
{
    public static string Markdown(CrashOutcome run)
    {
        var text = new StringBuilder();
        var ledger = run.Ledger;
        Line(text, $"Seed {run.Seed}: {run.Plan.Members.Count} members, {run.Plan.Offers.Count} offers, {run.Plan.Needs.Count} needs; the members were done {run.WorkDone.TotalSeconds:0} s in, the outbox empty {run.Settled.TotalSeconds:0} s in.");
        Line(text, $"");
        Line(text, $"| kill | into the run | after the host was back | interactions so far | bot messages so far | back (IDENTIFY, READY) after | messages seen twice |");
        Line(text, $"| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var kill in run.Kills)
        {
            var when = kill.Plan.RightAfterRestart ? " (right after a restart)" : "";
            Line(text, $"| {kill.Plan.Number}{when} | {kill.IntoRun.TotalSeconds:0.0} s | {kill.AfterReady.TotalSeconds:0.00} s | {kill.InteractionsSoFar} | {kill.MessagesSoFar} | {kill.BackAfter.TotalSeconds:0.0} s | {run.Copies.At(kill.Plan.Number)} |");
        }

        Line(text, $"");
        Line(text, $"| | |");
        Line(text, $"| --- | --- |");
        Line(text, $"| interactions made (unanswered: sent to a dead session or caught mid-answer) | {ledger.Made.Count} ({ledger.Unanswered}) |");
        Line(text, $"| unanswered commands found stored when the member looked | {ledger.StoredThoughUnanswered} |");
        Line(text, $"| tries given again | {ledger.Retried} |");
        Line(text, $"| offers / needs stored, each exactly once, needs as left | {Stored(run)} |");
        Line(text, $"| needs claimed from an ask in a DM / with /claim | {run.Plan.Needs.Count(n => n.ClaimedFromAsk)} / {run.Plan.Needs.Count(n => !n.ClaimedFromAsk)} |");
        Line(text, $"| posts in the channel / DMs (asks among them) | {run.Posts} / {run.DirectMessages} ({run.Asks}) |");
        Line(text, $"| posts each seen once (need, helper, done) | {(run.PostProblems.Count == 0 ? "yes" : $"{run.PostProblems.Count} problems")} |");
        Line(text, $"| sent again after a kill and returned by the nonce | {run.ReturnedByNonce} |");
        Line(text, $"| **messages seen twice**, all kills (most in one channel by one kill; goal {CrashOutcome.MostCopiesPerChannelPerKill}) | **{run.Copies.Total}** ({run.Copies.MostInOneChannel}) |");
        Line(text, $"| **interactions answered twice** (40060 refusals) | **{run.AnsweredTwice}** ({run.AlreadyAcknowledged}) |");
        Line(text, $"| **429s** (goal at most {CrashOutcome.MostTooManyRequests}) | **{run.TooManyRequests.Count}** |");
        Line(text, $"| callbacks too late (10062) / other errors | {run.TooLate.Count} / {run.OtherErrors.Count} |");
        Line(text, $"");
        foreach (var tooMany in run.TooManyRequests)
        {
            Line(text, $"- 429 at {tooMany.ReceivedAt:HH:mm:ss.fff} on {tooMany.Route}: {tooMany.ResponseJson?.ToJsonString()}");
        }

        foreach (var (copy, kill) in run.Copies.AfterKill)
        {
            Line(text, $"- seen twice after kill {kill}: \"{Clip(Shown.Plain(copy))}\"");
        }

        foreach (var problem in run.StoreProblems.Concat(run.PostProblems))
        {
            Line(text, $"- {problem}");
        }

        return text.ToString();
    }

    private static string Stored(CrashOutcome run) => run.StoreProblems.Count == 0 ? $"{run.Plan.Offers.Count} / {run.Plan.Needs.Count}" : $"{run.StoreProblems.Count} problems";

    private static string Clip(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 90 ? line : line[..89] + "…";
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
