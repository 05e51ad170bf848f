using System.Globalization;
using System.Text.Json.Nodes;
using CareBot.Composition;
using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Storage;
using CareBot.Testing.FakeDiscord.Gateway;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace CareBot.Discord.Tests.Support;

/// <summary>
/// The CareBot host as a person runs it (Discord__Token, Discord__ApiBaseUrl, Discord__GatewayUrl), against the fake
/// Discord: REST on loopback and a scripted gateway that delivers READY, a server and the interactions a test makes.
/// Interactions come as Discord delivers them: from the server's channel with the member, from a DM with the user alone.
/// On dispose it checks that every message-bearing request the bot sent carried allowed_mentions {"parse": []}.
/// </summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    private const int ComponentInteraction = 3;
    private readonly string _database;
    private readonly IReadOnlyList<string> _extra;
    private readonly bool _ownProcess;
    private readonly ITestOutputHelper? _output;
    private IHost? _host;
    private ChildHost? _child;
    private readonly List<string> _outputs = [];

    private DiscordHarness(FakeDiscordRestServer rest, ScriptedGateway gateway, string database, DiscordHarnessOptions options)
    {
        Rest = rest;
        Gateway = gateway;
        Session = new GatewayScript(gateway, rest, options.HeartbeatInterval);
        _database = database;
        _extra = options.Configuration;
        _ownProcess = options.OwnProcess;
        _output = options.Output;
        Owner = rest.CreateUser("olive");
        Guild = rest.CreateGuild("Riverside Mutual Aid", Owner);
        Channel = rest.CreateTextChannel(Guild, "mutual-aid");
    }

    public FakeDiscordRestServer Rest { get; }

    public ScriptedGateway Gateway { get; }

    /// <summary>Discord's side of the gateway session: what it dispatched, and the disruptions a test scripts.</summary>
    public GatewayScript Session { get; }

    public FakeUser Owner { get; }

    public FakeGuild Guild { get; }

    public FakeChannel Channel { get; }

    /// <param name="extra">More command-line configuration; "{guild}" stands for the test server's id.</param>
    public static Task<DiscordHarness> StartAsync(string? database = null, params string[] extra) =>
        StartAsync(new DiscordHarnessOptions { Database = database, Configuration = extra });

    public static async Task<DiscordHarness> StartAsync(DiscordHarnessOptions options)
    {
        var rest = await FakeDiscordRestServer.StartAsync(options.Rest);
        var gateway = await ScriptedGateway.StartAsync(TimeProvider.System);
        if (options.OwnProcess)
        {
            // A process starting from cold on a busy machine, then waiting out Discord's five seconds between identifies.
            gateway.StepCeiling = TimeSpan.FromSeconds(60);
        }

        var harness = new DiscordHarness(rest, gateway, options.Database ?? Path.Combine(Path.GetTempPath(), $"carebot-discord-{Guid.NewGuid():N}.db"), options);
        await harness.RunHostAsync();
        await harness.AnnounceServerAsync();
        return harness;
    }

    public string DatabasePath => _database;

    /// <summary>The running host's engine, for what the host would do on its own (the delivery pipeline holding a message).</summary>
    public CareEngine Engine => _host?.Services.GetRequiredService<CareEngine>() ?? throw new InvalidOperationException("The host is not running in this process.");

    /// <summary>The running host's store, to read what waits in the outbox.</summary>
    public ICareStore Store => _host?.Services.GetRequiredService<ICareStore>() ?? throw new InvalidOperationException("The host is not running in this process.");

    /// <summary>The bot's own posts in the server's channel (not answers to interactions), oldest first.</summary>
    public IReadOnlyList<FakeMessage> Posts => [.. Rest.MessagesIn(Channel.Id).Where(message => message.WebhookId is null)];

    /// <summary>What the host printed, every run of it, when it runs as its own process.</summary>
    public string HostOutput => string.Join($"{Environment.NewLine}--- killed ---{Environment.NewLine}", [.. _outputs, _child?.Output ?? ""]);

    /// <summary>Starts the host (again, after <see cref="StopHostAsync"/> or <see cref="KillHostAsync"/>) and takes it through Hello, Identify and READY.</summary>
    public async Task RunHostAsync()
    {
        if (_ownProcess)
        {
            _child = ChildHost.Start(Rest, Gateway, _database, Extra());
            try
            {
                await Session.IdentifyAsync();
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"{e.Message} The host's output: {HostOutput}", e);
            }

            return;
        }

        var args = new List<string>
        {
            "--db", _database,
            $"--Discord:Token={Rest.Token}",
            $"--Discord:ApiBaseUrl={Rest.ApiBaseUrl}",
            $"--Discord:GatewayUrl={Gateway.GatewayUrl}",
            "--Understanding:Model=None",
            "--Logging:LogLevel:Default=Warning",
        };
        args.AddRange(Extra());
        _host = CareBotApp.Build(LaunchOptions.Parse([.. args]), TextWriter.Null, _output is null ? null : HostLog.To(_output));
        await _host.StartAsync();
        await Session.IdentifyAsync();
    }

    /// <summary>After the session was lost (op 9, not resumable): the host identifies afresh and hears of its server again, as Discord tells a new session.</summary>
    public async Task IdentifyAgainAsync()
    {
        await Session.IdentifyAsync();
        await AnnounceServerAsync();
    }

    /// <summary>
    /// kill -9 of the host's process: nothing finished, nothing flushed. Its gateway connection drops with it; Discord
    /// keeps dispatching to the dead session (lost) until a new process identifies.
    /// </summary>
    public async Task KillHostAsync()
    {
        if (_child is null)
        {
            throw new InvalidOperationException("Only a host running as its own process can be killed.");
        }

        await _child.KillAsync();
        _outputs.Add(_child.Output);
        await _child.DisposeAsync();
        _child = null;
    }

    /// <summary>Starts the killed host again on the same database, as a supervisor does, and tells it of its server.</summary>
    public async Task RestartHostAsync()
    {
        await RunHostAsync();
        await AnnounceServerAsync();
    }

    public async Task StopHostAsync()
    {
        if (_child is not null)
        {
            await KillHostAsync();
        }

        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }

    public FakeUser Member(string name, bool acceptsDirectMessages = true)
    {
        var user = Rest.CreateUser(name, acceptsDirectMessages);
        Rest.AddMember(Guild, user);
        return user;
    }

    public Task SendAsync(string name, JsonObject data) => Session.DispatchAsync(name, () => data);

    /// <summary>What the bot wrote in the person's DM channel (its messages and its answers to what they pressed there), oldest first.</summary>
    public IReadOnlyList<FakeMessage> DirectMessages(FakeUser user) => Rest.DirectChannelOf(user) is { } channel ? Rest.MessagesIn(channel.Id) : [];

    /// <summary>Private messages waiting in the outbox for a person who can't be reached yet.</summary>
    public IReadOnlyList<OutboxMessage> HeldFor(FakeUser user) =>
        Store.Read(session => session.Outbox.HeldFor(new UserRef(KnownPlatforms.Discord, user.Id.ToString(CultureInfo.InvariantCulture))));

    /// <summary>A slash command in the server's channel, as Discord delivers it; returns once it is dispatched, answered or not.</summary>
    public Task<FakeInteraction> SendCommandAsync(FakeUser user, string name, JsonObject? options = null) =>
        DispatchInteractionAsync(2, Channel, null, interaction => InteractionPayloads.FromServer(Rest, interaction, user, Command(name, options), 0, Guild, Channel));

    /// <summary>A slash command in the server's channel, as Discord delivers it; returns once it is fully answered.</summary>
    public Task<FakeInteraction> CommandAsync(FakeUser user, string name, JsonObject? options = null, ulong permissions = 0) =>
        InteractAsync(2, user, Command(name, options), permissions);

    /// <summary>
    /// A slash command typed in the person's DM with the bot (the DM must exist: the bot has written to them), as Discord
    /// delivers it: the user alone, no guild; returns once it is fully answered.
    /// </summary>
    public Task<FakeInteraction> DirectCommandAsync(FakeUser user, string name, JsonObject? options = null)
    {
        var direct = Rest.DirectChannelOf(user) ?? throw new InvalidOperationException($"The bot has no DM with {user.Username} yet.");
        return DeliverAsync(2, direct, null, interaction => InteractionPayloads.FromDirectMessage(Rest, interaction, user, direct, Command(name, options)));
    }

    /// <summary>A button press with any custom_id, as a modified client can send, in the server's channel.</summary>
    public Task<FakeInteraction> PressAsync(FakeUser user, string customId, ulong permissions = 0) =>
        InteractAsync(ComponentInteraction, user, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, permissions);

    /// <summary>
    /// Presses the button labelled <paramref name="label"/> on a message the bot sent, where it is: in the server's
    /// channel (with the member and the server), or in a DM (with the user alone, no guild_id, context 1).
    /// </summary>
    public async Task<FakeInteraction> PressAsync(FakeUser user, FakeMessage message, string label, ulong permissions = 0) =>
        await AnsweredAsync(await SendPressAsync(user, message, label, permissions));

    /// <summary>The same press, returning once it is dispatched, answered or not.</summary>
    public Task<FakeInteraction> SendPressAsync(FakeUser user, FakeMessage message, string label, ulong permissions = 0)
    {
        var data = new JsonObject { ["custom_id"] = Shown.ButtonId(message, label), ["component_type"] = 2 };
        if (Rest.DirectChannelOf(user) is { } direct && direct.Id == message.ChannelId)
        {
            return DispatchInteractionAsync(ComponentInteraction, direct, message.Id, interaction => InteractionPayloads.FromDirectMessage(Rest, interaction, user, direct, data));
        }

        Assert.Equal(Channel.Id, message.ChannelId);
        return DispatchInteractionAsync(ComponentInteraction, Channel, message.Id, interaction => InteractionPayloads.FromServer(Rest, interaction, user, data, permissions, Guild, Channel));
    }

    public Task<FakeInteraction> SubmitFormAsync(FakeUser user, string customId, string text) =>
        InteractAsync(5, user, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = "text", ["value"] = text }),
            }),
        }, 0);

    public Task<FakeInteraction> AutocompleteAsync(FakeUser user, string name, string option, string typed, FakeGuild? guild = null, FakeChannel? channel = null) =>
        InteractAsync(4, user, new JsonObject
        {
            ["id"] = "1",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 4, ["value"] = typed, ["focused"] = true }),
        }, 0, guild, channel);

    /// <summary>An interaction in a server's channel, with the member; for a component, <paramref name="messageId"/> is the message it sits on.</summary>
    public Task<FakeInteraction> InteractAsync(int type, FakeUser user, JsonObject data, ulong permissions, FakeGuild? guild = null, FakeChannel? channel = null, ulong? messageId = null)
    {
        guild ??= Guild;
        channel ??= Channel;
        return DeliverAsync(type, channel, messageId, interaction => InteractionPayloads.FromServer(Rest, interaction, user, data, permissions, guild, channel));
    }

    /// <summary>What the person saw: the callback's message, the deferred reply filled in, and followups, in order.</summary>
    public IReadOnlyList<SentAnswer> Answers(FakeInteraction interaction) => SeenAnswers.Of(Rest, interaction);

    public IReadOnlyList<RecordedRequest> RequestsOf(FakeInteraction interaction) => SeenAnswers.RequestsOf(Rest, interaction);

    /// <summary>Waits until the person has their whole answer.</summary>
    public async Task<FakeInteraction> AnsweredAsync(FakeInteraction interaction)
    {
        await Eventually.True(() => SeenAnswers.IsComplete(Rest, interaction), $"interaction {interaction.Id} (type {interaction.Type}) to be answered");
        return interaction;
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Gateway.DisposeAsync();
        Session.Dispose();
        var unsafeSends = Rest.Requests.Where(SeenAnswers.CarriesWords).Where(r => !SeenAnswers.PingsNobody(r)).Select(r => r.Route).ToList();
        await Rest.DisposeAsync();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_database)!, Path.GetFileName(_database) + "*"))
        {
            File.Delete(file);
        }

        Assert.True(unsafeSends.Count == 0, "Sent without allowed_mentions {\"parse\": []}: " + string.Join(", ", unsafeSends));
    }

    /// <summary>Dispatches an interaction and returns once it is fully answered.</summary>
    private async Task<FakeInteraction> DeliverAsync(int type, FakeChannel channel, ulong? messageId, Func<FakeInteraction, JsonObject> payload) =>
        await AnsweredAsync(await DispatchInteractionAsync(type, channel, messageId, payload));

    /// <summary>
    /// Dispatches an interaction and returns once it is made. The fake's interaction (and its 3-second window) is made
    /// when the dispatch goes out to the host: at once, or on its return if the gateway is disrupted.
    /// </summary>
    private async Task<FakeInteraction> DispatchInteractionAsync(int type, FakeChannel channel, ulong? messageId, Func<FakeInteraction, JsonObject> payload)
    {
        var delivered = new TaskCompletionSource<FakeInteraction>(TaskCreationOptions.RunContinuationsAsynchronously);
        await Session.DispatchAsync("INTERACTION_CREATE", () =>
        {
            var interaction = Rest.CreateInteraction(type, channel, messageId);
            delivered.TrySetResult(interaction);
            return payload(interaction);
        });
        return await delivered.Task.WaitAsync(Eventually.Ceiling);
    }

    private IEnumerable<string> Extra() =>
        _extra.Select(arg => arg.Replace("{guild}", Guild.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private static JsonObject Command(string name, JsonObject? options) =>
        new() { ["id"] = "1", ["name"] = name, ["type"] = 1, ["options"] = Options(options) };

    private Task AnnounceServerAsync() => SendAsync("GUILD_CREATE", new JsonObject
    {
        ["id"] = Guild.Id.ToString(CultureInfo.InvariantCulture),
        ["name"] = Guild.Name,
        ["system_channel_id"] = Channel.Id.ToString(CultureInfo.InvariantCulture),
    });

    private static JsonArray Options(JsonObject? options) =>
        [.. (options ?? []).Select(pair => (JsonNode)new JsonObject { ["name"] = pair.Key, ["type"] = TypeOf(pair.Value), ["value"] = pair.Value?.DeepClone() })];

    private static int TypeOf(JsonNode? value) => value?.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => 5,
        System.Text.Json.JsonValueKind.Number => 4,
        _ => 3,
    };
}
