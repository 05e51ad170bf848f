using CareBot.Core.Communities;
using CareBot.Core.Messages;

namespace CareBot.Core.Engine;

/// <summary>The introduction shown by /start and /help, and when the bot joins a group.</summary>
internal static class HelpText
{
    public static OutgoingMessage Build(string? communityName, Agreements agreements, IEnumerable<CommandHandler> commands)
    {
        var builder = new MessageBuilder()
            .Bold("CareBot").Add(communityName is null ? "" : $" · {communityName}").Line()
            .Line("I help this group look after each other: ask for a hand, offer one, and I'll quietly ask the people whose offers fit. " +
                  "No points, no ledger: just care flowing both ways.")
            .Add("How we ask: ").Quote(agreements.HowToAsk).Add($" We aim to answer within {agreements.ResponseHours} hours; not for emergencies.").Line();
        foreach (var command in commands)
        {
            builder.Command(command.Usage).Add(" · " + command.Summary).Line();
        }

        return builder.Build();
    }
}
