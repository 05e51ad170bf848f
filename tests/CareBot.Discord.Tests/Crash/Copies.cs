using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// Every message the bot posted (in the channel or a DM, not an answer to an interaction) that a reader sees more than
/// once: same channel, same words, same buttons. Each copy after the first is put down to the kill between it and the
/// copy before, or to none when no kill came in between. Every message of the run differs by design (tags, numbers).
/// </summary>
internal sealed class Copies
{
    private Copies(IReadOnlyList<(FakeMessage Copy, int Kill)> afterKill, IReadOnlyList<FakeMessage> withoutKill)
    {
        AfterKill = afterKill;
        WithoutKill = withoutKill;
        PerChannelAndKill = afterKill.GroupBy(copy => (copy.Copy.ChannelId, copy.Kill)).ToDictionary(pair => pair.Key, pair => pair.Count());
    }

    public IReadOnlyList<(FakeMessage Copy, int Kill)> AfterKill { get; }

    public IReadOnlyList<FakeMessage> WithoutKill { get; }

    public IReadOnlyDictionary<(ulong Channel, int Kill), int> PerChannelAndKill { get; }

    public int Total => AfterKill.Count + WithoutKill.Count;

    public int MostInOneChannel => PerChannelAndKill.Values.DefaultIfEmpty(0).Max();

    public int At(int kill) => AfterKill.Count(copy => copy.Kill == kill);

    /// <param name="kills">When each kill came, in order.</param>
    public static Copies Of(IEnumerable<FakeMessage> messages, IReadOnlyList<DateTimeOffset> kills)
    {
        var afterKill = new List<(FakeMessage, int)>();
        var withoutKill = new List<FakeMessage>();
        var seen = messages.GroupBy(message => (message.ChannelId, Shown.Text(message), Buttons: string.Join("|", Shown.Buttons(message).Select(b => b["custom_id"]?.ToString()))));
        foreach (var same in seen)
        {
            var inOrder = same.OrderBy(message => message.Id).ToList();
            for (var i = 1; i < inOrder.Count; i++)
            {
                var between = kills.Select((at, index) => (at, number: index + 1))
                    .LastOrDefault(kill => kill.at > inOrder[i - 1].CreatedAt && kill.at <= inOrder[i].CreatedAt);
                if (between.number == 0)
                {
                    withoutKill.Add(inOrder[i]);
                }
                else
                {
                    afterKill.Add((inOrder[i], between.number));
                }
            }
        }

        return new Copies(afterKill, withoutKill);
    }
}
