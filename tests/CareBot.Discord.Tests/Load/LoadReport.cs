using System.Globalization;
using System.Text;

namespace CareBot.Discord.Tests.Load;

/// <summary>The figures of one load run as rows of a markdown table (docs/benchmarks.md).</summary>
internal static class LoadReport
{
    public static readonly TimeSpan AckGoal = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan DiscordDeadline = TimeSpan.FromSeconds(3);

    public static string Write(string scenario, LoadOutcome run, TimeSpan dispatching, TimeSpan untilAllDelivered)
    {
        var acks = new Percentiles(run.Acks.Where(ack => ack.Ack is not null).Select(ack => ack.Ack!.Value));
        var once = run.Acks.Count(ack => ack.Accepted == 1);
        var deferred = run.Acks.Count(ack => ack.CallbackType == 5);
        var answered = run.Acks.Count(ack => ack.Answered);
        var dms = run.DirectMessages;
        var lastDelivered = dms.Select(dm => dm.DeliveredAt).DefaultIfEmpty(run.FirstCause).Max();
        var measured = lastDelivered - run.FirstCause;
        var floor = DirectMessageFloor.LastSend(dms, run.FirstCommandOf, run.CountedBeforeFirstCommand, run.OpenBeforeFirstCommand) - run.FirstCause;
        var bounds = DirectMessageFloor.Bounds(dms, run.FirstCause, run.FirstCommandOf, run.OpenBeforeFirstCommand);

        // The floor as counted until the night of 3 December 2026 (docs/benchmarks.md): the channels opened
        // before the first /need open for the ideal sender, the places those openings took not counted. Shown beside the
        // floor so that runs compare across the change.
        var floorBefore = DirectMessageFloor.LastSend(dms, openAtStart: run.OpenBeforeFirstCause) - run.FirstCause;
        var latency = new Percentiles(dms.Select(dm => dm.DeliveredAt - dm.CausedAt));
        var lost = run.AsksAnnounced - run.Asks;
        var text = new StringBuilder();
        Row(text, "scenario", scenario);
        Row(text, "commands dispatched (in)", $"{run.Commands.Count} ({dispatching.TotalSeconds:0.0} s)");
        Row(text, "acknowledged exactly once (too late: refused)", $"{once} of {run.Commands.Count} ({run.LateCallbacks})");
        Row(text, "answered (deferrals filled in)", $"{answered} of {run.Commands.Count} ({deferred} deferred)");
        Row(text, "**acknowledgement, p50 / p90 / p99 / max**", $"**{acks.Summary()}**");
        Row(text, $"acknowledgements over {AckGoal.TotalMilliseconds:0} ms / over 3 s", $"{acks.Over(AckGoal)} / {acks.Over(DiscordDeadline)}");
        var slowest = run.Acks.Where(ack => ack.Ack is not null).OrderByDescending(ack => ack.Ack).Take(8)
            .Select(ack => $"/{ack.Command.Name} at {(ack.Command.Interaction.CreatedAt - run.Commands[0].Interaction.CreatedAt).TotalSeconds:0.0} s: {ack.Ack!.Value.TotalMilliseconds:0} ms");
        Row(text, "slowest acknowledgements", string.Join(", ", slowest));
        Row(text, "DMs delivered: asks / offer matches / all", $"{run.Asks} / {run.OfferMatches} / {dms.Count}");
        Row(text, "asks announced to requesters / lost", $"{run.AsksAnnounced} / {lost}");
        Row(text, "DM channels (opened before the first /need)", $"{dms.Select(dm => dm.Recipient).Distinct().Count()} ({dms.Select(dm => dm.Recipient).Distinct().Count(run.OpenBeforeFirstCause.Contains)}; most DMs to one: {dms.GroupBy(dm => dm.Recipient).Select(group => group.Count()).DefaultIfEmpty(0).Max()})");
        Row(text, "first /need to last DM delivered", Seconds(measured));
        Row(text, "least time the limits allow (ideal sender)", $"{Seconds(floor)} (simple bounds: {Seconds(bounds)})");
        Row(text, "**over the floor**", $"**{(measured / floor - 1) * 100:0.0} %**");
        Row(text, "earlier floor (channels opened ahead free, their places not counted) / over it", $"{Seconds(floorBefore)} / {(measured / floorBefore - 1) * 100:0.0} %");
        Row(text, "DM cause to delivery, p50 / p90 / p99 / max", latency.Summary(seconds: true));
        Row(text, "needs posted in the channel / channel posts", $"{run.NeedsPosted} / {run.ChannelPosts}");
        if (run.UnpostedNeedAnswers.Count > 0)
        {
            Row(text, "answers to the needs not posted", string.Join("; ", run.UnpostedNeedAnswers));
        }

        Row(text, "duplicates shown / sent again (Discord kept one by nonce)", $"{run.Duplicates} / {run.SentAgain}");
        Row(text, "429s", run.RateLimited.Count == 0 ? "0" : $"{run.RateLimited.Count} ({string.Join(", ", run.RateLimited.GroupBy(route => route).Select(group => $"{group.Count()} {group.Key}"))})");
        Row(text, "first command to last answer / to everything delivered", $"{Seconds(run.LastAnswer - run.Commands[0].Interaction.CreatedAt)} / {Seconds(untilAllDelivered)}");
        return text.ToString();
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static void Row(StringBuilder text, string what, string value) => text.Append("| ").Append(what).Append(" | ").Append(value).AppendLine(" |");
}
