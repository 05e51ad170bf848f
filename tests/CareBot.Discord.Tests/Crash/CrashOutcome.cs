using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Crash;

/// <summary>The figures of a crash run, and which of them fail it.</summary>
internal sealed record CrashOutcome
{
    /// <summary>A few 429s a run are tolerable (Discord's own libraries meet some); many mean a restart forgot its pace.</summary>
    public const int MostTooManyRequests = 3;

    /// <summary>At most the one message in flight in each channel at a kill may be seen twice; the nonce should make it none.</summary>
    public const int MostCopiesPerChannelPerKill = 1;

    public required int Seed { get; init; }

    public required CrashWorkload Plan { get; init; }

    public required IReadOnlyList<KillRecord> Kills { get; init; }

    public required InteractionLedger Ledger { get; init; }

    public required IReadOnlyList<string> StoreProblems { get; init; }

    public required IReadOnlyList<string> PostProblems { get; init; }

    public required Copies Copies { get; init; }

    /// <summary>Interactions Discord accepted more than one callback for (it never does: the second is 40060).</summary>
    public required int AnsweredTwice { get; init; }

    /// <summary>Callbacks refused with 40060 "already acknowledged": the host tried to answer twice.</summary>
    public required int AlreadyAcknowledged { get; init; }

    public required IReadOnlyList<RecordedRequest> TooManyRequests { get; init; }

    /// <summary>Callbacks after Discord's 3 seconds (10062): the person saw "did not respond" though the host was alive.</summary>
    public required IReadOnlyList<RecordedRequest> TooLate { get; init; }

    public required IReadOnlyList<RecordedRequest> OtherErrors { get; init; }

    public required int Posts { get; init; }

    public required int DirectMessages { get; init; }

    public required int Asks { get; init; }

    /// <summary>Messages sent again after a kill that Discord answered with the message already posted, by its nonce.</summary>
    public required int ReturnedByNonce { get; init; }

    public required TimeSpan WorkDone { get; init; }

    public required TimeSpan Settled { get; init; }

    public IReadOnlyList<string> Failures()
    {
        var failures = new List<string>();
        failures.AddRange(StoreProblems);
        failures.AddRange(PostProblems);
        failures.AddRange(Copies.PerChannelAndKill.Where(pair => pair.Value > MostCopiesPerChannelPerKill).Select(pair => $"{pair.Value} copies in channel {pair.Key.Channel} after kill {pair.Key.Kill}"));
        failures.AddRange(Copies.WithoutKill.Select(copy => $"a copy with no kill in between: \"{copy.Content}\""));
        if (AnsweredTwice > 0 || AlreadyAcknowledged > 0)
        {
            failures.Add($"{AnsweredTwice} interactions answered twice, {AlreadyAcknowledged} second callbacks refused");
        }

        if (TooManyRequests.Count > MostTooManyRequests)
        {
            failures.Add($"{TooManyRequests.Count} × 429 (goal at most {MostTooManyRequests})");
        }

        failures.AddRange(OtherErrors.Select(error => $"{error.Status} from {error.Route}: {error.ResponseJson?.ToJsonString()}"));
        return failures;
    }
}
