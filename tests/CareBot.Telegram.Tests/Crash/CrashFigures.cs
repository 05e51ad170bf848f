using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>What one crash run measured, and which of its goals it missed.</summary>
internal sealed record CrashFigures(
    int Seed,
    CrashWorkload Plan,
    IReadOnlyList<KillRecord> Kills,
    DuplicateTally Duplicates,
    MessageCheck Messages,
    IReadOnlyList<string> StoreProblems,
    IReadOnlyList<string> TooManyRequests,
    IReadOnlyList<IssuedError> OtherErrors,
    int MessagesSent,
    int GroupMessagesSent,
    TimeSpan Typing,
    TimeSpan ToSettled)
{
    /// <summary>The goal: a crash repeats at most the one message per chat that was on its way.</summary>
    public const int MostCopiesPerChatPerCrash = 1;

    /// <summary>The goal for the whole run, five kills included.</summary>
    public const int MostTooManyRequests = 3;

    public IReadOnlyList<string> Failures()
    {
        var failures = new List<string>(StoreProblems);
        failures.AddRange(Messages.Unexpected.Select(message => $"unexpected in chat {message.ChatId}: \"{message.PlainText}\""));
        failures.AddRange(Duplicates.WithoutCrash.Select(message => $"sent twice by one run, in chat {message.ChatId}: \"{message.PlainText}\""));
        failures.AddRange(Duplicates.PerChatAndCrash.Where(pair => pair.Value > MostCopiesPerChatPerCrash)
            .Select(pair => $"crash {pair.Key.Crash} repeated {pair.Value} messages in chat {pair.Key.Chat}"));
        if (TooManyRequests.Count > MostTooManyRequests)
        {
            failures.Add($"{TooManyRequests.Count} × 429 (goal: at most {MostTooManyRequests}): {string.Join("; ", TooManyRequests)}");
        }

        failures.AddRange(OtherErrors.Select(error => $"Telegram answered {error.Method} with {error.ErrorCode} {error.Description}"));
        failures.AddRange(Messages.Missing.Select(missing => $"missing: {missing}"));
        return failures;
    }
}
