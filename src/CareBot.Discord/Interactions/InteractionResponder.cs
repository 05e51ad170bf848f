using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace CareBot.Discord.Interactions;

/// <summary>
/// Answers an interaction exactly once and within Discord's 3 seconds. The work starts at once; if it is done within
/// <see cref="QuickWindow"/> the answer is the callback itself, with the right visibility; otherwise the callback is a
/// deferral ("thinking…") and the answer fills it in through the interaction webhook. When the work is expected to wait
/// longer than the window anyway (the engine is busy), the deferral goes at once: waiting out the window would only
/// make the acknowledgement later. Further messages are followups.
/// Each path sends one callback and never a second. The deferral is always ephemeral: whether an answer is private is
/// the engine's decision, made only once it has run (an anonymous need's requester is answered privately whatever she
/// typed), and a public "thinking…" under her name would tie her to the need before the engine could say so.
/// </summary>
internal sealed partial class InteractionResponder(MentionFree discord, TimeProvider time, ILogger<InteractionResponder> logger)
{
    /// <summary>
    /// Most answers take milliseconds. Past this the person sees "thinking…" instead of nothing, and the callback still
    /// reaches Discord well within half a second of the interaction (our goal; Discord allows three), with room for a
    /// slow network.
    /// </summary>
    public static readonly TimeSpan QuickWindow = TimeSpan.FromMilliseconds(300);

    /// <param name="expectedWait">How long the work will likely wait before it even starts (the engine's queue).</param>
    public async Task AnswerAsync(Interaction interaction, Func<CancellationToken, Task<IReadOnlyList<Answer>>> work, TimeSpan expectedWait, CancellationToken cancellationToken)
    {
        if (expectedWait >= QuickWindow)
        {
            // The deferral is on its way before the work is queued: in a burst, each command's own start (parsing, its
            // reads) would otherwise queue on the thread pool ahead of the acknowledgements of those that came after it.
            var deferring = DeferAsync(interaction, cancellationToken);
            var queued = Start(work, cancellationToken);
            await deferring;
            await FillInAsync(interaction, await queued, cancellationToken);
            return;
        }

        var running = Start(work, cancellationToken);
        if (await FinishesWithinAsync(running, QuickWindow, cancellationToken))
        {
            await AnswerAtOnceAsync(interaction, await running, cancellationToken);
            return;
        }

        await DeferAsync(interaction, cancellationToken);
        await FillInAsync(interaction, await running, cancellationToken);
    }

    /// <summary>A reply the adapter has at hand (a refusal it can tell by itself, a modal, choices): the callback alone.</summary>
    public async Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        Check((await discord.RespondAsync(interaction, response, cancellationToken)).Error, "respond");

    /// <summary>
    /// On the thread pool, so the engine's synchronous start (reading the text, the write) cannot delay the clock; on its
    /// shared queue (PreferFairness), so commands reach the engine in the order they came, not newest first.
    /// </summary>
    private static Task<IReadOnlyList<Answer>> Start(Func<CancellationToken, Task<IReadOnlyList<Answer>>> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => work(cancellationToken), cancellationToken, TaskCreationOptions.PreferFairness, TaskScheduler.Default).Unwrap();

    private async Task DeferAsync(Interaction interaction, CancellationToken cancellationToken) =>
        Check((await discord.RespondAsync(interaction, InteractionResponse.DeferReply(ephemeral: true), cancellationToken)).Error, "defer");

    private async Task<bool> FinishesWithinAsync(Task running, TimeSpan window, CancellationToken cancellationToken)
    {
        using var quick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = await Task.WhenAny(running, Task.Delay(window, time, quick.Token));
        await quick.CancelAsync();
        return finished == running;
    }

    private async Task AnswerAtOnceAsync(Interaction interaction, IReadOnlyList<Answer> answers, CancellationToken cancellationToken)
    {
        var first = answers[0];
        var reply = await discord.RespondAsync(interaction, InteractionResponse.Reply(Message(first)), cancellationToken);
        Check(reply.Error, "reply");
        await FollowAsync(interaction, answers.Skip(1), cancellationToken);
    }

    /// <summary>
    /// The private deferral is filled in by the first private answer. When there is none (only words for the channel),
    /// the placeholder goes and every answer is a followup.
    /// </summary>
    private async Task FillInAsync(Interaction interaction, IReadOnlyList<Answer> answers, CancellationToken cancellationToken)
    {
        var fitting = answers.FirstOrDefault(answer => answer.Ephemeral);
        if (fitting is null)
        {
            Check((await discord.DeleteOriginalAsync(interaction, cancellationToken)).Error, "delete placeholder");
            await FollowAsync(interaction, answers, cancellationToken);
            return;
        }

        var edit = new MessageEdit { Content = fitting.Part.Content, Embeds = fitting.Part.Embeds, Components = fitting.Part.Components, Files = fitting.Part.Files };
        Check((await discord.EditOriginalAsync(interaction, edit, cancellationToken)).Error, "edit");
        await FollowAsync(interaction, answers.Where(answer => answer != fitting), cancellationToken);
    }

    private async Task FollowAsync(Interaction interaction, IEnumerable<Answer> answers, CancellationToken cancellationToken)
    {
        foreach (var answer in answers)
        {
            Check((await discord.FollowupAsync(interaction, Message(answer), cancellationToken)).Error, "followup");
        }
    }

    private static InteractionMessage Message(Answer answer) => new()
    {
        Content = answer.Part.Content,
        Embeds = answer.Part.Embeds,
        Components = answer.Part.Components,
        Files = answer.Part.Files,
        Flags = answer.Ephemeral ? MessageFlags.Ephemeral : null,
    };

    private void Check(DiscordError? error, string step)
    {
        if (error is not null)
        {
            // Too late (10062) or a lost answer: the person sees "the application did not respond" and may try again.
            LogAnswerFailed(step, error.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering an interaction failed at {Step}: {Reason}")]
    private partial void LogAnswerFailed(string step, string reason);
}
