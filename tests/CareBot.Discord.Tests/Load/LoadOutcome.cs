using System.Globalization;
using System.Text.RegularExpressions;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.Load;

/// <summary>
/// What a load run did, read back from the fake Discord once everything was delivered: how each interaction was
/// acknowledged and answered, every DM and what caused it, the server channel's posts, and every 429.
/// </summary>
internal sealed partial class LoadOutcome
{
    private const string Ask = "could use a hand";
    private const string OfferFits = "These open needs fit your new offer";
    private const string ChannelMessages = "POST /channels/{channel_id}/messages";
    private const string DirectChannelOpens = "POST /users/@me/channels";

    private LoadOutcome()
    {
    }

    public required IReadOnlyList<LoadCommand> Commands { get; init; }

    /// <summary>Per interaction: when its one accepted callback arrived after the dispatch (null if none), and how many were accepted.</summary>
    public required IReadOnlyList<(LoadCommand Command, TimeSpan? Ack, int Accepted, int CallbackType, bool Answered)> Acks { get; init; }

    public required IReadOnlyList<DirectMessageCause> DirectMessages { get; init; }

    /// <summary>Callbacks Discord refused as too late (past its 3 seconds: 10062 Unknown interaction).</summary>
    public required int LateCallbacks { get; init; }

    /// <summary>The last answer (the callback with it, or the deferral filled in) reached Discord then.</summary>
    public required DateTimeOffset LastAnswer { get; init; }

    public required int Asks { get; init; }

    public required int AsksAnnounced { get; init; }

    public required int OfferMatches { get; init; }

    /// <summary>
    /// Outbox messages shown twice in a channel: the same nonce (outbox message and part) on two messages. Two DMs may say
    /// the same words and be two messages (two offers that fit the same open needs).
    /// </summary>
    public required int Duplicates { get; init; }

    /// <summary>Messages sent again (a nonce Discord had seen), which Discord answered with the message already posted.</summary>
    public required int SentAgain { get; init; }

    public required int ChannelPosts { get; init; }

    public required int NeedsPosted { get; init; }

    /// <summary>What the bot answered to each /need it did not post: why a need went missing.</summary>
    public required IReadOnlyList<string> UnpostedNeedAnswers { get; init; }

    public required IReadOnlyList<string> RateLimited { get; init; }

    /// <summary>The first command that could cause a DM (the first /need) was dispatched then.</summary>
    public required DateTimeOffset FirstCause { get; init; }

    /// <summary>The members whose DM channel the bot had opened before <see cref="FirstCause"/> (CareBot opens them ahead).</summary>
    public required IReadOnlySet<ulong> OpenBeforeFirstCause { get; init; }

    /// <summary>Each member's first command was dispatched then: from then on their DM channel may be opened.</summary>
    public required IReadOnlyDictionary<ulong, DateTimeOffset> FirstCommandOf { get; init; }

    /// <summary>The bot's requests in the second before the first command, which still counted towards its 50 a second then.</summary>
    public required IReadOnlyList<DateTimeOffset> CountedBeforeFirstCommand { get; init; }

    /// <summary>The members whose DM channel the bot had opened before the first command.</summary>
    public required IReadOnlySet<ulong> OpenBeforeFirstCommand { get; init; }

    public static LoadOutcome Read(DiscordHarness h, IReadOnlyList<LoadCommand> commands, IReadOnlyList<FakeUser> members)
    {
        var requests = h.Rest.Requests;
        var byToken = ByToken(requests);
        var acks = commands.Select(command =>
        {
            var own = byToken.GetValueOrDefault(command.Interaction.Token) ?? [];
            var accepted = own.Where(request => request.Route == Callbacks.Route && request.Status == 204).ToList();
            var ack = accepted.Count > 0 ? accepted[0].ReceivedAt - command.Interaction.CreatedAt : (TimeSpan?)null;
            var type = accepted.Count > 0 ? accepted[0].Json?["type"]?.GetValue<int>() ?? 0 : 0;
            return (command, ack, accepted.Count, type, IsAnswered(own));
        }).ToList();

        var needs = commands.Where(command => command.Name == "need").ToList();
        var (needAt, announced) = PostedNeeds(h, needs);
        var firstCause = needs.Min(need => need.Interaction.CreatedAt);
        var firstCommand = commands.Min(command => command.Interaction.CreatedAt);
        var (direct, asks, matches, duplicates) = DirectMessagesDelivered(h, commands, members, requests, needAt, firstCause);
        var posts = h.Posts;
        var answers = commands.SelectMany(command => byToken.GetValueOrDefault(command.Interaction.Token) ?? []).Where(request => request.Status is >= 200 and < 300);
        return new LoadOutcome
        {
            Commands = commands,
            Acks = acks,
            DirectMessages = direct,
            LateCallbacks = requests.Count(request => request.Route == Callbacks.Route && request.Status == 404),
            LastAnswer = answers.Select(request => request.ReceivedAt).DefaultIfEmpty(firstCause).Max(),
            Asks = asks,
            AsksAnnounced = announced,
            OfferMatches = matches,
            Duplicates = duplicates + Repeats(posts),
            SentAgain = requests.Where(request => request.Route == ChannelMessages && request.Status == 200)
                .GroupBy(request => request.Json?["nonce"]?.ToString()).Sum(group => group.Count() - 1),
            ChannelPosts = posts.Count,
            NeedsPosted = needAt.Count,
            UnpostedNeedAnswers = [.. needs.Select(need => h.Answers(need.Interaction).Select(answer => Shown.Plain(answer.Text)).ToList())
                .Where(answers => !answers.Any(text => text.StartsWith("Posted #", StringComparison.Ordinal)))
                .Select(answers => answers.Count == 0 ? "(no answer)" : string.Join(" / ", answers))],
            RateLimited = [.. requests.Where(request => request.Status == 429).Select(request => request.Route)],
            FirstCause = firstCause,
            OpenBeforeFirstCause = OpenedBefore(requests, firstCause),
            FirstCommandOf = commands.GroupBy(command => command.Member.Id).ToDictionary(member => member.Key, member => member.Min(command => command.Interaction.CreatedAt)),
            CountedBeforeFirstCommand = [.. requests
                .Where(request => request.ReceivedAt < firstCommand && request.ReceivedAt > firstCommand - TimeSpan.FromSeconds(1))
                .Where(request => request.Status != 429 && !IsInteractionEndpoint(request.Route))
                .Select(request => request.ReceivedAt)],
            OpenBeforeFirstCommand = OpenedBefore(requests, firstCommand),
        };
    }

    private static HashSet<ulong> OpenedBefore(IReadOnlyList<RecordedRequest> requests, DateTimeOffset moment) => requests
        .Where(request => request.Route == DirectChannelOpens && request.Status == 200 && request.ReceivedAt < moment)
        .Select(request => ulong.Parse(request.Json!["recipient_id"]!.GetValue<string>(), CultureInfo.InvariantCulture))
        .ToHashSet();

    // Discord leaves interaction callbacks and the interaction webhook out of the bot's 50 a second, as the fake does.
    private static bool IsInteractionEndpoint(string route) =>
        route.Contains("/interactions/", StringComparison.Ordinal) || route.Contains("/webhooks/", StringComparison.Ordinal);

    /// <summary>When each posted need's /need was dispatched, by its number, and how many asks the requesters were told of.</summary>
    private static (Dictionary<int, DateTimeOffset> NeedAt, int Announced) PostedNeeds(DiscordHarness h, IEnumerable<LoadCommand> needs)
    {
        var needAt = new Dictionary<int, DateTimeOffset>();
        var announced = 0;
        foreach (var need in needs)
        {
            var confirmation = h.Answers(need.Interaction).Select(answer => Shown.Plain(answer.Text)).FirstOrDefault(text => text.StartsWith("Posted #", StringComparison.Ordinal));
            if (confirmation is not null && PostedNumber().Match(confirmation) is { Success: true } posted)
            {
                needAt[int.Parse(posted.Groups[1].Value, CultureInfo.InvariantCulture)] = need.Interaction.CreatedAt;
                announced += AskedCount().Match(confirmation) is { Success: true } asked ? int.Parse(asked.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            }
        }

        return (needAt, announced);
    }

    /// <summary>Every DM the members were shown, with what caused it and when it reached Discord; asks and offer matches counted.</summary>
    private static (List<DirectMessageCause> Direct, int Asks, int Matches, int Duplicates) DirectMessagesDelivered(
        DiscordHarness h, IReadOnlyList<LoadCommand> commands, IReadOnlyList<FakeUser> members, IReadOnlyList<RecordedRequest> requests,
        Dictionary<int, DateTimeOffset> needAt, DateTimeOffset firstCause)
    {
        // A message counts as delivered when its request reached Discord (the fake stamps it on arrival).
        var arrivedByNonce = requests.Where(request => request.Route == ChannelMessages && request.Status == 200 && request.Json?["nonce"] is not null)
            .GroupBy(request => request.Json!["nonce"]!.ToString())
            .ToDictionary(group => group.Key, group => group.Min(request => request.ReceivedAt));
        var offersAt = commands.Where(command => command.Name == "offer").ToLookup(command => command.Member.Id, command => command.Interaction.CreatedAt);
        var direct = new List<DirectMessageCause>();
        int asks = 0, matches = 0, duplicates = 0;
        foreach (var member in members)
        {
            var shown = h.DirectMessages(member).Where(message => message.WebhookId is null).ToList();
            duplicates += Repeats(shown);
            foreach (var message in shown)
            {
                var text = Shown.Plain(message);
                DateTimeOffset causedAt;
                if (AskNumber().Match(text) is { Success: true } ask && needAt.TryGetValue(int.Parse(ask.Groups[1].Value, CultureInfo.InvariantCulture), out var needDispatched))
                {
                    asks++;
                    causedAt = needDispatched;
                }
                else
                {
                    // Put down to their last /offer before it arrived: member by member, the one before it is 20 s earlier and
                    // came before any need, so it could not have fitted one; all at once, every offer went within a second.
                    matches += text.Contains(OfferFits, StringComparison.Ordinal) ? 1 : 0;
                    causedAt = offersAt[member.Id].Where(offer => offer <= message.CreatedAt).DefaultIfEmpty(firstCause).Max();
                }

                direct.Add(new DirectMessageCause(member.Id, causedAt, arrivedByNonce.GetValueOrDefault(message.Nonce ?? "", message.CreatedAt)));
            }
        }

        return (direct, asks, matches, duplicates);
    }

    /// <summary>Whether every command was answered, read from one copy of the fake's requests (reading it per command would slow the fake).</summary>
    public static bool AllAnswered(IReadOnlyList<RecordedRequest> requests, IEnumerable<LoadCommand> commands)
    {
        var byToken = ByToken(requests);
        return commands.All(command => byToken.TryGetValue(command.Interaction.Token, out var own) && IsAnswered(own));
    }

    /// <summary>A callback with the answer in it, or a deferral filled in (or followed up).</summary>
    private static bool IsAnswered(IReadOnlyList<RecordedRequest> own)
    {
        var type = own.FirstOrDefault(request => request.Route == Callbacks.Route && request.Status == 204)?.Json?["type"]?.GetValue<int>();
        return type == 4 || (type == 5 && own.Any(request => request.Status is >= 200 and < 300
            && (request.Route.StartsWith("PATCH /webhooks", StringComparison.Ordinal) || request.Route.StartsWith("POST /webhooks", StringComparison.Ordinal))));
    }

    /// <summary>The requests of each interaction (its callback and its webhook's), by its token, in the order they came.</summary>
    public static Dictionary<string, List<RecordedRequest>> ByToken(IReadOnlyList<RecordedRequest> requests) =>
        requests.GroupBy(request => TokenOf(request.Path)).Where(group => group.Key is not null).ToDictionary(group => group.Key!, group => group.ToList());

    private static int Repeats(IReadOnlyList<FakeMessage> shown) =>
        shown.Count(message => message.Nonce is null) is var unmarked && unmarked > 0
            ? throw new InvalidOperationException($"{unmarked} messages without a nonce: duplicates could not be told from them")
            : shown.Count - shown.Select(message => message.Nonce).Distinct().Count();

    /// <summary>The interaction token in an interaction or webhook path, or null for other routes.</summary>
    private static string? TokenOf(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(parts, part => part is "interactions" or "webhooks");
        return at >= 0 && parts.Length > at + 2 ? parts[at + 2] : null;
    }

    [GeneratedRegex(@"^Posted #(\d+)")]
    private static partial Regex PostedNumber();

    [GeneratedRegex(@"asked (\d+) members?")]
    private static partial Regex AskedCount();

    [GeneratedRegex(Ask + @" \(#(\d+)\)")]
    private static partial Regex AskNumber();
}
