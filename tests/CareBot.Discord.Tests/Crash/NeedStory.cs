using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// One need met, as the people do it: the requester types /need; its post shows its number; the first member asked in
/// their DMs presses "I can help" (or, when nobody was asked, someone uses /claim); some needs are then marked done by
/// the requester, with the button on the good news or with /done and a thank-you. Each step waits for what the bot
/// posts, as people would, whatever kills come in between.
/// </summary>
internal sealed partial class NeedStory(DiscordHarness h, IReadOnlyList<PatientMember> members, Commitments commitments, PlannedNeed need, Random random)
{
    /// <summary>Posts wait their turn in the channel (5 per 5 s) behind everyone else's, and kills hold them up.</summary>
    private static readonly TimeSpan PostCeiling = TimeSpan.FromMinutes(4);

    /// <summary>An ask goes out with the need's post; when none came by then, nobody was asked.</summary>
    private static readonly TimeSpan AskCeiling = TimeSpan.FromSeconds(60);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var requester = need.Requester;
        await requester.CommandAsync("need", new JsonObject { ["text"] = need.Text }, cancellationToken, ("mine", need.Tag));
        var post = await Waiting.ForAsync(() => h.Posts.FirstOrDefault(p => Shown.Says(p, need.Tag) && Shown.Says(p, "Need #")), PostCeiling, $"the post of {need.Tag}", cancellationToken);
        var number = int.Parse(NeedNumber().Match(Shown.Plain(post)).Groups["number"].Value, CultureInfo.InvariantCulture);
        need.Number = number;

        await Waiting.UntilAsync(() => Asks(number).Any(), AskCeiling, cancellationToken);
        var helper = await ClaimAsync(number, cancellationToken);
        await PostAsync($"#{number} has a helper", cancellationToken);
        if (!need.Done)
        {
            return;
        }

        if (need.DoneByButton)
        {
            var goodNews = await Waiting.ForAsync(
                () => h.DirectMessages(requester.User).FirstOrDefault(m => m.WebhookId is null && Shown.Says(m, $"can help with #{number}")),
                PostCeiling,
                $"the good news about #{number}",
                cancellationToken);
            await requester.PressAsync(goodNews, "It's done", cancellationToken);
        }
        else
        {
            await requester.CommandAsync("done", new JsonObject { ["number"] = number, ["thanks"] = $"{need.ThanksTag} thank you so much" }, cancellationToken);
        }

        await PostAsync($"#{number} is done", cancellationToken);
        commitments.Finished(helper);
    }

    /// <summary>
    /// The first member asked who has room presses "I can help" on the ask; when none was asked (or none has room),
    /// someone else with room claims it with /claim.
    /// </summary>
    private async Task<PatientMember> ClaimAsync(int number, CancellationToken cancellationToken)
    {
        FakeInteraction claim;
        PatientMember helper;
        if (Asks(number).FirstOrDefault(candidate => commitments.TryTake(candidate.Helper)) is ({ } asked, { } ask))
        {
            helper = asked;
            need.ClaimedFromAsk = true;
            claim = await helper.PressAsync(ask, "I can help", cancellationToken);
        }
        else
        {
            helper = members.Where(member => member != need.Requester).OrderBy(_ => random.Next()).First(commitments.TryTake);
            claim = await helper.CommandAsync("claim", new JsonObject { ["number"] = number }, cancellationToken);
        }

        need.Helper = helper;
        var answer = string.Join(" ", h.Answers(claim).Select(seen => Shown.Plain(seen.Text)));
        // "You're helping with #4", or after a press lost to a kill, "You're already helping with #4".
        if (!answer.Contains($"helping with #{number}", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{helper.User.Username}'s claim of #{number} was refused: {answer}");
        }

        return helper;
    }

    /// <summary>The asks about the need in the members' DMs, with whose DMs they are in.</summary>
    private IEnumerable<(PatientMember Helper, FakeMessage Ask)> Asks(int number)
    {
        foreach (var member in members.Where(member => member != need.Requester))
        {
            if (h.DirectMessages(member.User).FirstOrDefault(m => m.WebhookId is null && Shown.Says(m, $"could use a hand (#{number})")) is { } ask)
            {
                yield return (member, ask);
            }
        }
    }

    private Task<FakeMessage> PostAsync(string words, CancellationToken cancellationToken) =>
        Waiting.ForAsync(() => h.Posts.FirstOrDefault(p => Shown.Says(p, words)), PostCeiling, $"a post saying \"{words}\"", cancellationToken);

    [GeneratedRegex(@"Need #(?<number>\d+)")]
    private static partial Regex NeedNumber();
}
