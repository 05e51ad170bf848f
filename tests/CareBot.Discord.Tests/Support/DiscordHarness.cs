using System.Text.Json.Nodes;
using CareBot.Composition;
using CareBot.Core.Engine;
using CareBot.Testing.FakeDiscord.Gateway;
using CareBot.Testing.FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareBot.Discord.Tests.Support;

/// <summary>
/// The CareBot host as a person runs it (Discord__Token, Discord__ApiBaseUrl, Discord__GatewayUrl), against the fake
/// Discord: REST on loopback and a scripted gateway that delivers READY, a server and the interactions a test makes.
/// On dispose it checks that every message-bearing request the bot sent carried allowed_mentions {"parse": []}.
/// </summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    private readonly string _database;
    private readonly string[] _extra;
    private IHost? _host;
    private ScriptedGatewayConnection? _connection;
    private int _sequence;

    private DiscordHarness(FakeDiscordRestServer rest, ScriptedGateway gateway, string database, string[] extra)
    {
        Rest = rest;
        Gateway = gateway;
        _database = database;
        _extra = extra;
        Owner = rest.CreateUser("olive");
        Guild = rest.CreateGuild("Riverside Mutual Aid", Owner);
        Channel = rest.CreateTextChannel(Guild, "mutual-aid");
    }

    public FakeDiscordRestServer Rest { get; }

    public ScriptedGateway Gateway { get; }

    public FakeUser Owner { get; }

    public FakeGuild Guild { get; }

    public FakeChannel Channel { get; }

    /// <param name="extra">More command-line configuration; "{guild}" stands for the test server's id.</param>
    public static async Task<DiscordHarness> StartAsync(string? database = null, params string[] extra)
    {
        var rest = await FakeDiscordRestServer.StartAsync();
        var gateway = await ScriptedGateway.StartAsync(TimeProvider.System);
        var harness = new DiscordHarness(rest, gateway, database ?? Path.Combine(Path.GetTempPath(), $"carebot-discord-{Guid.NewGuid():N}.db"), extra);
        await harness.RunHostAsync();
        await harness.SendAsync("GUILD_CREATE", new JsonObject
        {
            ["id"] = harness.Guild.Id.ToString(),
            ["name"] = harness.Guild.Name,
            ["system_channel_id"] = harness.Channel.Id.ToString(),
        });
        return harness;
    }

    public string DatabasePath => _database;

    /// <summary>The running host's engine, for what the host would do on its own (the delivery pipeline holding a message).</summary>
    public CareEngine Engine => _host?.Services.GetRequiredService<CareEngine>() ?? throw new InvalidOperationException("The host is not running.");

    /// <summary>Starts the host (again, after <see cref="StopHostAsync"/>) and takes it through Hello, Identify and READY.</summary>
    public async Task RunHostAsync()
    {
        var args = new List<string>
        {
            "--db", _database,
            $"--Discord:Token={Rest.Token}",
            $"--Discord:ApiBaseUrl={Rest.ApiBaseUrl}",
            $"--Discord:GatewayUrl={Gateway.GatewayUrl}",
            "--Understanding:Model=None",
            "--Logging:LogLevel:Default=Warning",
        };
        args.AddRange(_extra.Select(arg => arg.Replace("{guild}", Guild.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        _host = CareBotApp.Build(LaunchOptions.Parse([.. args]), TextWriter.Null);
        await _host.StartAsync();
        _connection = await Gateway.ExpectConnectionAsync();
        await _connection.SendHelloAsync(TimeSpan.FromSeconds(40));
        await _connection.ExpectIdentifyAsync();
        _sequence = 0;
        await SendAsync("READY", new JsonObject
        {
            ["v"] = 10,
            ["session_id"] = "session-" + Guid.NewGuid().ToString("N"),
            ["resume_gateway_url"] = Gateway.ResumeUrl.ToString(),
            ["user"] = new JsonObject { ["id"] = Rest.Bot.Id.ToString(), ["username"] = Rest.Bot.Username, ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["application"] = new JsonObject { ["id"] = Rest.Options.ApplicationId.ToString(), ["flags"] = 0 },
        });
    }

    public async Task StopHostAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }

    public FakeUser Member(string name)
    {
        var user = Rest.CreateUser(name);
        Rest.AddMember(Guild, user);
        return user;
    }

    public Task SendAsync(string name, JsonObject data) => _connection!.SendDispatchAsync(++_sequence, name, data.ToJsonString());

    /// <summary>A slash command in the server's channel, as Discord delivers it; returns once it is fully answered.</summary>
    public Task<FakeInteraction> CommandAsync(FakeUser user, string name, JsonObject? options = null, ulong permissions = 0) =>
        InteractAsync(2, user, new JsonObject { ["id"] = "1", ["name"] = name, ["type"] = 1, ["options"] = Options(options) }, permissions);

    public Task<FakeInteraction> PressAsync(FakeUser user, string customId, ulong permissions = 0) =>
        InteractAsync(3, user, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, permissions);

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

    public async Task<FakeInteraction> InteractAsync(int type, FakeUser user, JsonObject data, ulong permissions, FakeGuild? guild = null, FakeChannel? channel = null)
    {
        guild ??= Guild;
        channel ??= Channel;
        var interaction = Rest.CreateInteraction(type, channel);
        await SendAsync("INTERACTION_CREATE", new JsonObject
        {
            ["id"] = interaction.Id.ToString(),
            ["application_id"] = Rest.Options.ApplicationId.ToString(),
            ["type"] = type,
            ["token"] = interaction.Token,
            ["version"] = 1,
            ["guild_id"] = guild.Id.ToString(),
            ["channel_id"] = channel.Id.ToString(),
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = user.Id.ToString(), ["username"] = user.Username },
                ["roles"] = new JsonArray(),
                ["permissions"] = permissions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            ["data"] = data,
        });
        await Eventually.True(() => IsAnswered(interaction), $"interaction {interaction.Id} (type {type}) to be answered");
        return interaction;
    }

    /// <summary>What the person saw: the callback's message, the deferred reply filled in, and followups, in order.</summary>
    public IReadOnlyList<SentAnswer> Answers(FakeInteraction interaction)
    {
        var deferredEphemeral = false;
        var answers = new List<SentAnswer>();
        foreach (var request in RequestsOf(interaction).Where(r => r.Status is >= 200 and < 300))
        {
            var body = request.Json as JsonObject;
            if (request.Route.EndsWith("/callback", StringComparison.Ordinal))
            {
                var flags = body?["data"]?["flags"]?.GetValue<int>() ?? 0;
                if (body?["type"]?.GetValue<int>() == 5)
                {
                    deferredEphemeral = (flags & 64) != 0;
                }
                else if (body?["type"]?.GetValue<int>() == 4)
                {
                    answers.Add(Read(body["data"], (flags & 64) != 0));
                }
            }
            else if (request.Method == "PATCH")
            {
                answers.Add(Read(body, deferredEphemeral));
            }
            else if (request.Method == "POST")
            {
                answers.Add(Read(body, ((body?["flags"]?.GetValue<int>() ?? 0) & 64) != 0));
            }
        }

        return answers;
    }

    public IReadOnlyList<RecordedRequest> RequestsOf(FakeInteraction interaction) =>
        [.. Rest.Requests.Where(r => r.Path.Contains(interaction.Token, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Gateway.DisposeAsync();
        var unsafeSends = Rest.Requests.Where(CarriesWords).Where(r => !PingsNobody(r)).Select(r => r.Route).ToList();
        await Rest.DisposeAsync();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_database)!, Path.GetFileName(_database) + "*"))
        {
            File.Delete(file);
        }

        Assert.True(unsafeSends.Count == 0, "Sent without allowed_mentions {\"parse\": []}: " + string.Join(", ", unsafeSends));
    }

    /// <summary>Whether a request carries text a person reads: a message, an edit, a followup or a message-bearing callback.</summary>
    public static bool CarriesWords(RecordedRequest request)
    {
        var body = request.Route.EndsWith("/callback", StringComparison.Ordinal) ? request.Json?["data"] : request.Json;
        return body is JsonObject words && (words["content"] is not null || words["embeds"] is not null);
    }

    public static bool PingsNobody(RecordedRequest request)
    {
        var body = request.Route.EndsWith("/callback", StringComparison.Ordinal) ? request.Json?["data"] : request.Json;
        return body?["allowed_mentions"]?["parse"] is JsonArray { Count: 0 };
    }

    private bool IsAnswered(FakeInteraction interaction)
    {
        if (interaction.CallbackType is null)
        {
            return false;
        }

        // A deferral is only half an answer: the reply is there once it is filled in (or replaced by followups).
        return interaction.CallbackType != 5 || RequestsOf(interaction).Any(r => r.Method is "PATCH" or "DELETE" || (r.Method == "POST" && !r.Route.EndsWith("/callback", StringComparison.Ordinal)));
    }

    private static SentAnswer Read(JsonNode? message, bool ephemeral)
    {
        var text = message?["content"]?.GetValue<string>() ?? string.Concat(message?["embeds"]?.AsArray().Select(e => e?["description"]?.GetValue<string>()) ?? []);
        var ids = message?["components"]?.AsArray().SelectMany(row => row?["components"]?.AsArray() ?? []).Select(b => b?["custom_id"]?.GetValue<string>()).OfType<string>().ToList() ?? [];
        return new SentAnswer(text, ephemeral, ids);
    }

    private static JsonArray Options(JsonObject? options) =>
        [.. (options ?? []).Select(pair => (JsonNode)new JsonObject { ["name"] = pair.Key, ["type"] = TypeOf(pair.Value), ["value"] = pair.Value?.DeepClone() })];

    private static int TypeOf(JsonNode? value) => value?.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => 5,
        System.Text.Json.JsonValueKind.Number => 4,
        _ => 3,
    };
}
