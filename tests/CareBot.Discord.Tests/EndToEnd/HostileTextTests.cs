using System.Text;
using System.Text.Json.Nodes;
using CareBot.Discord.Rendering;
using CareBot.Discord.Tests.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>
/// Text a member typed that tries to ping (@everyone, a role, a person) or to format, long enough that what the bot
/// says about it runs past Discord's 2,000 characters: it reaches the channel and the DMs escaped, pinging nobody,
/// split cleanly, and never refused by Discord.
/// </summary>
public sealed class HostileTextTests
{
    private const int MaxLength = 1000;

    [Fact]
    public async Task Pings_and_markdown_in_a_long_need_and_offer_ping_nobody_show_as_typed_and_are_split_within_Discords_limits()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        var carl = h.Member("carl");
        var role = h.Rest.AddRole(h.Guild, "everyone-who-drives", 0);
        var pings = $"@everyone @here <@&{role.Id}> <@{carl.Id}> <@!{carl.Id}>";
        var offer = Hostile("rides to the clinic, I have a car", pings);
        var need = Hostile("a ride to the clinic on Tuesday", pings);
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = offer });

        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = need });

        var post = await h.PostSayingAsync("Need #1");
        var ask = await Eventually.Get(
            () => h.DirectMessages(ann).Where(message => message.WebhookId is null).ToList() is { Count: > 1 } parts && parts[^1].Components.Count > 0 ? parts : null,
            "the ask to ann, in parts");
        await h.OutboxDeliveredAsync();

        // Nothing the bot sent could ping: every message-bearing request says parse [], and the raw pings never appear.
        var sent = h.Rest.Requests.Where(SeenAnswers.CarriesWords).ToList();
        Assert.All(sent, request => Assert.True(SeenAnswers.PingsNobody(request), request.Route));
        var words = sent.SelectMany(request => Shown.Strings(request.Json)).ToList();
        foreach (var raw in new[] { "@everyone", "@here", $"<@&{role.Id}>", $"<@{carl.Id}>", $"<@!{carl.Id}>", "**bold**", "~~struck~~", "||spoiler||" })
        {
            Assert.DoesNotContain(words, text => text.Contains(raw, StringComparison.Ordinal));
        }

        // Discord refused nothing: every limit the fake enforces (2,000 characters, embeds, buttons) was kept.
        Assert.DoesNotContain(h.Rest.Requests, request => request.Status == 400);

        // The channel shows the need as typed, in one embed within its 4,096 characters.
        var embed = Assert.Single(post.Embeds)!;
        Assert.True(embed["description"]!.GetValue<string>().Length <= DiscordMessageRenderer.MaxEmbedDescription);
        Assert.Contains($"“{need}”", Shown.Plain(post), StringComparison.Ordinal);

        // Ann's ask runs past 2,000 characters: it comes in parts of at most 2,000, cut between words, the buttons on the last.
        Assert.True(ask.Sum(part => part.Content.Length) > DiscordMessageRenderer.MaxContent);
        Assert.All(ask, part => Assert.InRange(part.Content.Length, 1, DiscordMessageRenderer.MaxContent));
        Assert.All(ask[..^1], part => Assert.Empty(part.Components));
        Assert.Equal(["I can help", "Not this time"], Shown.Labels(ask[^1]));
        Assert.All(ask[..^1], part => Assert.False(EndsInAnEscape(part.Content), part.Content[^20..]));
        var whole = Shown.Plain(string.Join(" ", ask.Select(part => part.Content)));
        Assert.Contains($"“{need}”", whole, StringComparison.Ordinal);
        Assert.Contains($"You offered: “{offer}”", whole, StringComparison.Ordinal);
    }

    /// <summary>Words that make a need or an offer match, then pings and every kind of markdown, up to the engine's 1,000 characters.</summary>
    private static string Hostile(string meaning, string pings)
    {
        var text = new StringBuilder(meaning);
        var noise = $" {pings} **bold** __underlined__ ~~struck~~ `code` ||spoiler|| > quoted # heading [a link](https://example.com/x_y) \\*not bold\\* 1. _lean_";
        while (text.Length + noise.Length <= MaxLength)
        {
            text.Append(noise);
        }

        return text.ToString();
    }

    /// <summary>An odd run of backslashes at the end: an escape cut from the character it escapes.</summary>
    private static bool EndsInAnEscape(string part) => (part.Length - part.TrimEnd('\\').Length) % 2 == 1;
}
