using System.Globalization;
using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>A 429 in the report: when it came (into the run, after the host's latest start) and how busy its chat was.</summary>
internal static class TooManyRequestsNote
{
    public static string Of(IssuedError error, FakeTelegramServer fake, DateTimeOffset started, IReadOnlyList<DateTimeOffset> arrivals)
    {
        var run = arrivals.Count(arrival => arrival <= error.At) - 1;
        var before = fake.SentMessages.Where(message => message.SentAt <= error.At).ToList();
        var chat = before.Where(message => message.ChatId == error.ChatId).ToList();
        var lastSecond = chat.Count(message => message.SentAt > error.At.AddSeconds(-1));
        var lastMinute = chat.Count(message => message.SentAt > error.At.AddMinutes(-1));
        var everywhere = before.Count(message => message.SentAt > error.At.AddSeconds(-1));
        return string.Create(CultureInfo.InvariantCulture,
            $"{error.Method} to {(error.ChatId < 0 ? "a group" : "a private chat")} {(error.At - started).TotalSeconds:0.0} s into the run, " +
            $"{(error.At - arrivals[run]).TotalSeconds:0.0} s after the host {(run == 0 ? "started" : $"came back from kill {run}")}, retry after {error.RetryAfter} s; " +
            $"that chat had {lastSecond} messages in the second before and {lastMinute} in the minute, all chats {everywhere} in the second");
    }
}
