using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Discord.Admins;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Commands;
using CareBot.Discord.Delivery;
using CareBot.Discord.Rendering;
using CareBot.Discord.Spaces;

namespace CareBot.Discord.Interactions;

/// <summary>
/// Turns one interaction into one engine call and its answer: a slash command or a submitted form is the command text
/// it stands for, a button the command it carries (checked by the engine as if typed), autocomplete a read-only
/// suggestion query. Parses, calls, answers; decides nothing itself. Called straight from the gateway's loop: nothing
/// here may block before its first wait.
/// </summary>
internal sealed class InteractionRouter(
    CareEngine engine,
    InteractionResponder responder,
    MemberPermissions permissions,
    SpaceChannels channels,
    DirectChannels directChannels)
{
    public const int MaxChoices = 25;

    public Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        permissions.Remember(interaction);
        directChannels.Anticipate(interaction);
        return interaction.Type switch
        {
            InteractionType.ApplicationCommand => OnCommandAsync(interaction, cancellationToken),
            InteractionType.MessageComponent => OnButtonAsync(interaction, cancellationToken),
            InteractionType.ApplicationCommandAutocomplete => OnAutocompleteAsync(interaction, cancellationToken),
            InteractionType.ModalSubmit => OnFormAsync(interaction, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private Task OnCommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var name = interaction.Data?.Name ?? "";
        var options = interaction.Data?.Options;
        if (name == SlashCommandCatalog.Setup)
        {
            return SetupAsync(interaction, options, cancellationToken);
        }

        var text = SlashCommandText.Build(name, options, engine.Commands);
        if (NeedOfferForm.Wants(name, options) && NeedOfferForm.Open(name, text) is { } form)
        {
            return responder.RespondAsync(interaction, form, cancellationToken);
        }

        var personal = PersonalCommands.Contains(name) || SlashCommandText.Value(options, "anonymous") == "true";
        return RunAsync(interaction, text, personal, isButton: false, communityHint: null, cancellationToken);
    }

    private Task OnFormAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (NeedOfferForm.Submitted(interaction.Data) is not { } text)
        {
            return responder.RespondAsync(interaction, InteractionResponse.Reply(Private(InteractionAnswers.UnknownButton)), cancellationToken);
        }

        var personal = text.Split(' ').Contains("anon");
        return RunAsync(interaction, text, personal, isButton: false, communityHint: null, cancellationToken);
    }

    /// <summary>A press is the button's command typed where the button was; a forged or stale id changes nothing.</summary>
    private Task OnButtonAsync(Interaction interaction, CancellationToken cancellationToken) =>
        ButtonIds.Decode(interaction.Data?.CustomId) is var (community, command)
            ? RunAsync(interaction, command, personal: true, isButton: true, community, cancellationToken)
            : responder.RespondAsync(interaction, InteractionResponse.Reply(Private(InteractionAnswers.UnknownButton)), cancellationToken);

    private Task RunAsync(Interaction interaction, string text, bool personal, bool isButton, int? communityHint, CancellationToken cancellationToken)
    {
        if (DiscordPeople.User(interaction) is not { } user || DiscordPeople.Where(interaction) is not { } where)
        {
            return responder.RespondAsync(interaction, InteractionResponse.Reply(Private(InteractionAnswers.UnknownButton)), cancellationToken);
        }

        var inbound = new Inbound(user, where, text)
        {
            ReplyMode = ReplyMode.Return,
            IsButtonPress = isButton,
            CommunityHint = communityHint,
            TypedPrivately = personal,
        };
        return responder.AnswerAsync(
            interaction,
            async token => InteractionAnswers.For(await engine.HandleAsync(inbound, token), personal),
            engine.ExpectedWait,
            cancellationToken);
    }

    private async Task OnAutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        // Suggestions read the store at once; off the gateway's loop, which starts each handler itself.
        await Task.Yield();
        var focused = interaction.Data?.Options?.FirstOrDefault(option => option.Focused == true);
        var command = engine.Commands.FirstOrDefault(c => c.Name == interaction.Data?.Name);
        var shape = command is null || focused is null ? null : SlashCommandShapes.For(command).FirstOrDefault(o => o.Name == focused.Name);
        IReadOnlyList<ApplicationCommandOptionChoice> choices = [];
        if (shape?.Suggests is { } kind && interaction.Invoker is { } invoker)
        {
            var space = interaction.GuildId is { } guild ? DiscordPeople.Space(guild) : (SpaceRef?)null;
            var user = new UserRef(KnownPlatforms.Discord, invoker.Id.ToString());
            var found = await engine.SuggestAsync(user, space, kind, focused!.ValueText ?? "", MaxChoices, cancellationToken);
            choices = [.. found.Select(s => shape.Type == ApplicationCommandOptionType.Integer && long.TryParse(s.Value, out var number)
                ? ApplicationCommandOptionChoice.Of(s.Label, number)
                : ApplicationCommandOptionChoice.Of(s.Label, s.Value))];
        }

        await responder.RespondAsync(interaction, InteractionResponse.Autocomplete(choices), cancellationToken);
    }

    /// <summary>
    /// /setup channel: which channel of the server gets the community's posts. Discord hides it from non-admins
    /// (default_member_permissions); the permissions sent with the interaction are checked again here.
    /// </summary>
    private async Task SetupAsync(Interaction interaction, IReadOnlyList<InteractionDataOption>? options, CancellationToken cancellationToken)
    {
        // Choosing the channel writes to the store: off the gateway's loop.
        await Task.Yield();
        var admin = interaction.Member?.Permissions is { } granted && MemberPermissions.IsAdmin(granted);
        var channel = SlashCommandText.Value(options, "channel");
        string answer;
        if (interaction.GuildId is not { } guild)
        {
            answer = "Use /setup in the server, not here.";
        }
        else if (!admin)
        {
            answer = "Only server admins (Administrator or Manage Server) can choose CareBot's channel.";
        }
        else if (!Snowflake.TryParse(channel, out var chosen))
        {
            answer = "Which channel? Pick one in the channel option.";
        }
        else
        {
            channels.Choose(guild.ToString(), chosen.ToString());
            answer = $"CareBot will post needs and offers in <#{chosen}> from now on.";
        }

        await responder.RespondAsync(interaction, InteractionResponse.Reply(Private(answer)), cancellationToken);
    }

    private static InteractionMessage Private(string text) => new() { Content = text, Flags = MessageFlags.Ephemeral };
}
