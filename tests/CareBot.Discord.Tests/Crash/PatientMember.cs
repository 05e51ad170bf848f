using System.Text.Json.Nodes;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// A member as a careful person uses Discord: when the bot does not respond ("The application did not respond"), they
/// press a button again, but before typing a new need or offer again they look whether the first one was taken after
/// all, so that a kill between the bot's write and its answer does not make them ask twice.
/// </summary>
internal sealed class PatientMember(DiscordHarness h, FakeUser user, Typing typing, InteractionLedger ledger)
{
    /// <summary>Discord gives the bot 3 s to acknowledge; a person gives up a little later.</summary>
    private static readonly TimeSpan Acknowledged = TimeSpan.FromSeconds(8);

    /// <summary>An acknowledged answer ("thinking…") is filled in within this, or never.</summary>
    private static readonly TimeSpan FilledIn = TimeSpan.FromSeconds(60);

    /// <summary>After no answer, a person looks again only once the bot would have finished whatever it was doing.</summary>
    private static readonly TimeSpan BeforeLooking = TimeSpan.FromSeconds(5);

    private const int MostTries = 12;

    public FakeUser User => user;

    public string Mention => $"<@{user.Id}>";

    /// <summary>A command, given again until answered; <paramref name="listed"/>, when given, says where its effect would show, to look before giving it again.</summary>
    public async Task<FakeInteraction> CommandAsync(string name, JsonObject? options, CancellationToken cancellationToken, (string Command, string Tag)? listed = null)
    {
        for (var tries = 1; ; tries++)
        {
            await typing.TurnAsync(cancellationToken);
            var interaction = await h.SendCommandAsync(user, name, options);
            if (await AnsweredAsync(interaction, cancellationToken))
            {
                return interaction;
            }

            if (listed is { } where)
            {
                await Task.Delay(BeforeLooking, cancellationToken);
                if (await ListsAsync(where.Command, where.Tag, cancellationToken))
                {
                    ledger.FoundStored();
                    return interaction;
                }
            }

            Retry(tries, $"/{name}");
        }
    }

    /// <summary>A button, pressed again until answered (the bot refuses a repeat of what the first press did).</summary>
    public async Task<FakeInteraction> PressAsync(FakeMessage message, string label, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            await typing.TurnAsync(cancellationToken);
            var interaction = await h.SendPressAsync(user, message, label);
            if (await AnsweredAsync(interaction, cancellationToken))
            {
                return interaction;
            }

            Retry(tries, label);
        }
    }

    /// <summary>Whether the answer to /mine or /offers shows <paramref name="tag"/>.</summary>
    private async Task<bool> ListsAsync(string command, string tag, CancellationToken cancellationToken)
    {
        var answer = await CommandAsync(command, null, cancellationToken);
        return h.Answers(answer).Any(seen => seen.Text.Contains(tag, StringComparison.Ordinal));
    }

    private async Task<bool> AnsweredAsync(FakeInteraction interaction, CancellationToken cancellationToken)
    {
        ledger.Add(interaction);
        var acknowledged = await Waiting.UntilAsync(() => interaction.CallbackType is not null, Acknowledged, cancellationToken);
        if (acknowledged && await Waiting.UntilAsync(() => SeenAnswers.IsComplete(h.Rest, interaction), FilledIn, cancellationToken))
        {
            return true;
        }

        ledger.NoAnswer();
        return false;
    }

    private void Retry(int tries, string what)
    {
        if (tries >= MostTries)
        {
            throw new InvalidOperationException($"{user.Username}'s {what} went unanswered {tries} times.");
        }

        ledger.TriesAgain();
    }
}
