using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Discord.Rendering;

namespace CareBot.Discord.Interactions;

/// <summary>
/// What the engine said, as the messages of an interaction's answer: refusals and private replies only for the person,
/// public ones for the channel unless the command is personal; a command that needed no words gets a tick.
/// </summary>
public static class InteractionAnswers
{
    public const string Done = "Got it ✓";

    public const string UnknownButton = "That button no longer works. Use the command instead (/help lists them).";

    public static IReadOnlyList<Answer> For(EngineResult result, bool personal)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Problem is { } problem)
        {
            // A refusal is for the person alone, and so is whatever the engine said besides it (that a private message
            // waits for them); the refusal's own words come back among the replies too, and are said once.
            var besides = result.Replies.Where(reply => reply.Message.PlainText != problem.Message).Select(reply => reply.Message);
            return [.. Private(OutgoingMessage.Text(problem.Message)), .. besides.SelectMany(Private)];
        }

        var answers = result.Replies
            .SelectMany(reply => DiscordMessageRenderer.AsContent(reply.Message, null)
                .Select(part => new Answer(part, personal || reply.Visibility == ReplyVisibility.Private)))
            .ToList();
        return answers.Count > 0 ? answers : Private(OutgoingMessage.Text(Done));
    }

    public static IReadOnlyList<Answer> Private(OutgoingMessage message) =>
        [.. DiscordMessageRenderer.AsContent(message, null).Select(part => new Answer(part, true))];
}
