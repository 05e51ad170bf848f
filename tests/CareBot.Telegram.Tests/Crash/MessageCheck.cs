using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// Reads the chats as their members would: every message a command had to cause arrived at least once, and every
/// other message is one the bot sends of its own accord (asking a member about a need, telling an offerer which needs
/// fit, telling a requester nobody is left). Anything else, such as "you're already helping" or "#4 is done already",
/// would be a command handled twice.
/// </summary>
internal sealed class MessageCheck
{
    private static readonly string[] OwnAccord =
        ["could use a hand (#", "These open needs fit your new offer", "I've asked everyone whose offers match"];

    private MessageCheck(int expected, IReadOnlyList<string> missing, IReadOnlyList<SentMessage> unexpected)
    {
        Expected = expected;
        Missing = missing;
        Unexpected = unexpected;
    }

    public int Expected { get; }

    public IReadOnlyList<string> Missing { get; }

    public IReadOnlyList<SentMessage> Unexpected { get; }

    public static MessageCheck Of(IReadOnlyList<SentMessage> sent, IReadOnlyList<PlannedCommand> commands)
    {
        var byChat = sent.GroupBy(message => message.ChatId).ToDictionary(chat => chat.Key, chat => chat.ToList());
        var explained = new HashSet<(long Chat, int Message)>();
        var missing = new List<string>();
        var expected = 0;
        foreach (var command in commands)
        {
            foreach (var expectation in command.Expected)
            {
                expected++;
                var found = byChat.GetValueOrDefault(expectation.Chat.Id, []).Where(message => expectation.Matches(message.PlainText)).ToList();
                if (found.Count == 0)
                {
                    missing.Add($"{command.By.Name} typed \"{command.Text}\" in {(command.Chat.IsGroup ? command.Chat.Title : "private")}: no \"{expectation.What}\"");
                }

                found.ForEach(message => explained.Add((message.ChatId, message.MessageId)));
            }
        }

        var unexpected = sent
            .Where(message => !explained.Contains((message.ChatId, message.MessageId)))
            .Where(message => !OwnAccord.Any(phrase => message.PlainText.Contains(phrase, StringComparison.Ordinal)))
            .ToList();
        return new MessageCheck(expected, missing, unexpected);
    }
}
