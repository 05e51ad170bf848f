using CareBot.Core.Messages;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Interactions;
using CareBot.Discord.Rendering;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CareBot.Discord.Tests.Interactions;

/// <summary>When an interaction is acknowledged: with the answer itself when it is quick, with a deferral when it is not.</summary>
public sealed class InteractionResponderTests : IAsyncDisposable
{
    private const string Callback = "POST /interactions/{interaction_id}/{interaction_token}/callback";
    private const string FillIn = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original";
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(20);

    private readonly FakeTimeProvider _clock = new();
    private FakeDiscordRestServer? _rest;
    private ServiceProvider? _services;

    [Fact]
    public async Task An_answer_ready_within_the_quick_window_is_the_callback_itself()
    {
        var (responder, interaction) = await StartAsync();

        await responder.AnswerAsync(interaction, _ => Task.FromResult(Answers("Noted.")), TimeSpan.Zero, CancellationToken.None).WaitAsync(Ceiling);

        var callback = Assert.Single(_rest!.RequestsTo(Callback));
        Assert.Equal(4, callback.Json?["type"]?.GetValue<int>());
        Assert.Empty(_rest.RequestsTo(FillIn));
    }

    [Fact]
    public async Task An_answer_not_ready_within_the_quick_window_is_deferred_then_filled_in()
    {
        var (responder, interaction) = await StartAsync();
        var work = new TaskCompletionSource<IReadOnlyList<Answer>>(TaskCreationOptions.RunContinuationsAsynchronously);

        var answering = responder.AnswerAsync(interaction, _ => work.Task, TimeSpan.Zero, CancellationToken.None);
        await WaitForAsync(() => _clock.Advance(TimeSpan.FromMilliseconds(50)), () => _rest!.RequestsTo(Callback).Count == 1);

        Assert.Equal(5, _rest!.RequestsTo(Callback)[0].Json?["type"]?.GetValue<int>());
        Assert.True(_clock.GetUtcNow() - _clock.Start >= InteractionResponder.QuickWindow);
        work.SetResult(Answers("Posted #1."));
        await answering.WaitAsync(Ceiling);
        Assert.Single(_rest.RequestsTo(FillIn));
    }

    [Fact]
    public async Task When_the_work_will_wait_longer_than_the_quick_window_the_deferral_goes_at_once()
    {
        var (responder, interaction) = await StartAsync();
        var work = new TaskCompletionSource<IReadOnlyList<Answer>>(TaskCreationOptions.RunContinuationsAsynchronously);

        var answering = responder.AnswerAsync(interaction, _ => work.Task, InteractionResponder.QuickWindow * 2, CancellationToken.None);
        await WaitForAsync(() => { }, () => _rest!.RequestsTo(Callback).Count == 1);

        // Acknowledged with no time gone by on the responder's clock, while the work has not finished.
        Assert.Equal(_clock.Start, _clock.GetUtcNow());
        Assert.Equal(5, _rest!.RequestsTo(Callback)[0].Json?["type"]?.GetValue<int>());
        work.SetResult(Answers("Posted #2."));
        await answering.WaitAsync(Ceiling);
        Assert.Single(_rest.RequestsTo(FillIn));
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_rest is not null)
        {
            await _rest.DisposeAsync();
        }
    }

    private static IReadOnlyList<Answer> Answers(string text) => InteractionAnswers.Private(OutgoingMessage.Text(text));

    /// <summary>The responder as the host wires it, on a clock the test moves, against the fake Discord; and an interaction to answer.</summary>
    private async Task<(InteractionResponder Responder, Interaction Interaction)> StartAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _services = new ServiceCollection()
            .AddLogging()
            .AddDiscordRest(api =>
            {
                api.Token = _rest.Token;
                api.ApiBaseUrl = _rest.ApiBaseUrl;
            })
            .BuildServiceProvider();
        var responder = new InteractionResponder(new MentionFree(_services.GetRequiredService<DiscordRestClient>()), _clock, NullLogger<InteractionResponder>.Instance);
        var owner = _rest.CreateUser("olive");
        var channel = _rest.CreateTextChannel(_rest.CreateGuild("Riverside", owner), "mutual-aid");
        var made = _rest.CreateInteraction(2, channel);
        var interaction = new Interaction
        {
            Id = new Snowflake(made.Id),
            ApplicationId = new Snowflake(_rest.Options.ApplicationId),
            Type = InteractionType.ApplicationCommand,
            Token = made.Token,
            ChannelId = new Snowflake(channel.Id),
        };
        return (responder, interaction);
    }

    /// <summary>Does <paramref name="step"/> (moving the responder's clock, or nothing) until <paramref name="done"/>, in real time up to the ceiling.</summary>
    private static async Task WaitForAsync(Action step, Func<bool> done)
    {
        var until = DateTime.UtcNow + Ceiling;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "Waited too long for the callback.");
            step();
            await Task.Delay(20);
        }
    }
}
