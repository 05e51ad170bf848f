using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>
/// A fake Discord REST API (v10) on 127.0.0.1, dynamic port. Point the client at <see cref="ApiBaseUrl"/>, set up
/// users, guilds, channels and interactions here, script faults, and read back every request and what channels show.
/// </summary>
public sealed class FakeDiscordRestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeRestState _state;

    private FakeDiscordRestServer(WebApplication app, FakeRestState state, Uri root)
    {
        _app = app;
        _state = state;
        ApiBaseUrl = new Uri(root, FakeRestEndpoint.Prefix);
    }

    /// <summary>The REST base, like https://discord.com/api/v10.</summary>
    public Uri ApiBaseUrl { get; }

    public FakeDiscordRestOptions Options => _state.Options;

    public string Token => _state.Options.Token;

    public FakeUser Bot => _state.Bot;

    /// <summary>The routes the fake serves, as "METHOD /template" with openapi.json's parameter names.</summary>
    public static IReadOnlyList<string> Routes => FakeRestEndpoint.RouteKeys;

    public static async Task<FakeDiscordRestServer> StartAsync(FakeDiscordRestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var state = new FakeRestState(options ?? new FakeDiscordRestOptions());
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        app.Run(new FakeRestEndpoint(state).HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new FakeDiscordRestServer(app, state, new Uri(address));
    }

    public IReadOnlyList<RecordedRequest> Requests => Read(() => _state.Requests.ToList());

    public IReadOnlyList<RecordedRequest> RequestsTo(string route) => Read(() => _state.Requests.Where(request => request.Route == route).ToList());

    public FakeUser CreateUser(string username, bool acceptsDirectMessages = true) => Read(() =>
    {
        var user = new FakeUser(_state.NextId(), username) { AcceptsDirectMessages = acceptsDirectMessages };
        _state.Users[user.Id] = user;
        return user;
    });

    /// <summary>The person opens (or closes) their DMs to the bot: from now on messages to their DM channel are accepted (or refused with 50007).</summary>
    public void SetAcceptsDirectMessages(FakeUser user, bool accepts) => Read(() => _state.Users[user.Id].AcceptsDirectMessages = accepts);

    /// <summary>A guild owned by <paramref name="owner"/>, with its @everyone role and the owner and the bot as members.</summary>
    public FakeGuild CreateGuild(string name, FakeUser owner, ulong everyonePermissions = 0) => Read(() =>
    {
        var guild = new FakeGuild(_state.NextId(), name, owner.Id);
        guild.Roles.Add(new FakeRole(guild.Id, "@everyone", everyonePermissions, 0));
        guild.Members[owner.Id] = [];
        guild.Members[_state.Bot.Id] = [];
        _state.Guilds[guild.Id] = guild;
        return guild;
    });

    public FakeRole AddRole(FakeGuild guild, string name, ulong permissions) => Read(() =>
    {
        var role = new FakeRole(_state.NextId(), name, permissions, guild.Roles.Count);
        guild.Roles.Add(role);
        return role;
    });

    public void AddMember(FakeGuild guild, FakeUser user, params FakeRole[] roles) =>
        Read(() => guild.Members[user.Id] = [.. roles.Select(role => role.Id)]);

    public FakeChannel CreateTextChannel(FakeGuild guild, string name) => Read(() =>
    {
        var channel = new FakeChannel(_state.NextId(), 0, guild.Id, name, null);
        _state.Channels[channel.Id] = channel;
        return channel;
    });

    /// <summary>What the channel shows now, oldest first.</summary>
    public IReadOnlyList<FakeMessage> MessagesIn(ulong channelId) =>
        Read(() => _state.Messages.Values.Where(message => message.ChannelId == channelId).OrderBy(message => message.Id).ToList());

    /// <summary>Every message in <paramref name="user"/>'s DM channels with the bot, oldest first.</summary>
    public IReadOnlyList<FakeMessage> DirectMessagesTo(FakeUser user) => Read(() =>
    {
        ArgumentNullException.ThrowIfNull(user);
        var channels = _state.Channels.Values.Where(channel => channel.RecipientId == user.Id).Select(channel => channel.Id).ToHashSet();
        return _state.Messages.Values.Where(message => channels.Contains(message.ChannelId)).OrderBy(message => message.Id).ToList();
    });

    public FakeMessage? Message(ulong messageId) => Read(() => _state.Messages.GetValueOrDefault(messageId));

    /// <summary>The DM channel between the bot and <paramref name="user"/>, once the bot has opened it (POST /users/@me/channels).</summary>
    public FakeChannel? DirectChannelOf(FakeUser user) =>
        Read(() => _state.Channels.Values.FirstOrDefault(channel => channel.RecipientId == user.Id));

    /// <summary>A message as Discord's API shows it (MessageResponse), e.g. for the <c>message</c> of a component interaction.</summary>
    public JsonObject? MessageJson(ulong messageId) =>
        Read(() => _state.Messages.TryGetValue(messageId, out var message) ? FakeJson.Message(_state, message) : null);

    /// <summary>A user as Discord's API shows it (UserResponse).</summary>
    public JsonObject UserJson(FakeUser user) => Read(() => FakeJson.User(_state.Users[user.Id]));

    /// <summary>A channel as Discord's API shows it (a guild channel, or a DM channel with its recipient).</summary>
    public JsonObject ChannelJson(FakeChannel channel) => Read(() => FakeJson.Channel(_state, channel));

    /// <summary>
    /// An interaction as if Discord had just delivered it (its 3-second callback deadline starts now). For a
    /// component (type 3), <paramref name="messageId"/> is the message it sits on.
    /// </summary>
    public FakeInteraction CreateInteraction(int type, FakeChannel channel, ulong? messageId = null) => Read(() =>
    {
        var interaction = new FakeInteraction
        {
            Id = _state.NextId(),
            Token = "aW50ZXJhY3Rpb246" + Guid.NewGuid().ToString("N"),
            Type = type,
            ChannelId = channel.Id,
            CreatedAt = _state.Now,
            MessageId = messageId,
        };
        _state.Interactions[interaction.Id] = interaction;
        return interaction;
    });

    /// <summary>The commands registered globally (null) or in a guild.</summary>
    public IReadOnlyList<JsonObject> Commands(ulong? guildId = null) =>
        Read(() => _state.Commands.GetValueOrDefault(guildId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "global")?.ToList() ?? []);

    /// <summary>The next <paramref name="count"/> requests (to <paramref name="route"/>, or to any) get <paramref name="fault"/>.</summary>
    public void FailNext(FakeRestFault fault, int count = 1, string? route = null) => Read(() =>
    {
        for (var i = 0; i < count; i++)
        {
            _state.Faults.Add((route, fault));
        }

        return 0;
    });

    /// <summary>
    /// Keeps the next request to <paramref name="route"/> (whose JSON satisfies <paramref name="matches"/>) waiting at
    /// <paramref name="point"/> until the test releases or abandons it: a request in flight when the client is killed.
    /// </summary>
    public FakeRestHold Hold(string route, FakeHoldPoint point, Func<JsonNode?, bool>? matches = null) => _state.Holds.Add(route, point, matches);

    /// <summary>From now on each request is answered 429 (user, shared or global scope) with this probability.</summary>
    public void RateLimitAtRandom(double probability, int seed, double retryAfterSeconds) =>
        Read(() => _state.RandomRateLimits = (probability, new Random(seed), retryAfterSeconds));

    public async ValueTask DisposeAsync()
    {
        _state.Holds.AbandonAll();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }

    private T Read<T>(Func<T> read)
    {
        lock (_state.Gate)
        {
            return read();
        }
    }
}
