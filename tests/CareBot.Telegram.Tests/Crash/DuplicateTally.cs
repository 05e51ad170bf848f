using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// Every message that reached a chat more than once, as a reader sees it (same text, same buttons): each copy after
/// the first is put down to the crash between it and the copy before (the kill that ended the run which sent that
/// one), or, when one run sent both, to no crash at all. Every answer in the run is different by design, so copies are
/// messages sent twice.
/// </summary>
internal sealed class DuplicateTally
{
    private DuplicateTally(IReadOnlyList<(SentMessage Copy, int Crash)> afterCrash, IReadOnlyList<SentMessage> withoutCrash)
    {
        AfterCrash = afterCrash;
        PerChatAndCrash = afterCrash.GroupBy(copy => (copy.Copy.ChatId, copy.Crash)).ToDictionary(chat => chat.Key, chat => chat.Count());
        WithoutCrash = withoutCrash;
    }

    /// <summary>Every copy sent again after a crash, with the crash (1 is the first kill).</summary>
    public IReadOnlyList<(SentMessage Copy, int Crash)> AfterCrash { get; }

    /// <summary>Copies per chat and crash.</summary>
    public IReadOnlyDictionary<(long Chat, int Crash), int> PerChatAndCrash { get; }

    /// <summary>Copies sent by the same run as the copy before them: no crash explains them.</summary>
    public IReadOnlyList<SentMessage> WithoutCrash { get; }

    public int Total => PerChatAndCrash.Values.Sum() + WithoutCrash.Count;

    /// <param name="messages">What the bot sent during the run.</param>
    /// <param name="arrivals">When each run of the host first called the fake, the first run's included.</param>
    public static DuplicateTally Of(IEnumerable<SentMessage> messages, IReadOnlyList<DateTimeOffset> arrivals)
    {
        var afterCrash = new List<(SentMessage Copy, int Crash)>();
        var withoutCrash = new List<SentMessage>();
        var copies = messages.GroupBy(message => (message.ChatId, message.Text, Buttons: string.Join("|", message.AllButtons.Select(b => $"{b.Text}>{b.CallbackData}{b.Url}"))));
        foreach (var group in copies)
        {
            var inOrder = group.OrderBy(message => message.SentAt).ToList();
            for (var i = 1; i < inOrder.Count; i++)
            {
                var before = RunOf(inOrder[i - 1], arrivals);
                if (RunOf(inOrder[i], arrivals) == before)
                {
                    withoutCrash.Add(inOrder[i]);
                    continue;
                }

                // Run n (from 0) ended with kill n + 1.
                afterCrash.Add((inOrder[i], before + 1));
            }
        }

        return new DuplicateTally(afterCrash, withoutCrash);
    }

    public int ChatsWithCopies(int crash) => PerChatAndCrash.Count(pair => pair.Key.Crash == crash);

    public int CopiesAt(int crash) => PerChatAndCrash.Where(pair => pair.Key.Crash == crash).Sum(pair => pair.Value);

    public int MostInOneChat(int crash) => PerChatAndCrash.Where(pair => pair.Key.Crash == crash).Select(pair => pair.Value).DefaultIfEmpty(0).Max();

    /// <summary>Which run sent a message: the last one to arrive before it (each run sends only after its first call).</summary>
    private static int RunOf(SentMessage message, IReadOnlyList<DateTimeOffset> arrivals) =>
        arrivals.Count(arrival => arrival <= message.SentAt) - 1;
}
