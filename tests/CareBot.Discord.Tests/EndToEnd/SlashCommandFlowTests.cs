using System.Globalization;
using System.Text.Json.Nodes;
using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Discord.Tests.Support;

namespace CareBot.Discord.Tests.EndToEnd;

/// <summary>Members using CareBot through slash commands, buttons and forms, through the real host and client against the fake Discord.</summary>
public sealed class SlashCommandFlowTests
{
    private const ulong ManageServer = 1UL << 5;

    [Fact]
    public async Task An_offer_then_a_need_are_each_answered_once_in_time_and_the_need_is_listed()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");

        var offer = await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = "rides to appointments, I have a car" });
        var need = await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a lift to the clinic on friday" });
        var needs = await h.CommandAsync(ann, "needs");

        foreach (var interaction in new[] { offer, need, needs })
        {
            var callbacks = h.RequestsOf(interaction).Where(r => r.Route.EndsWith("/callback", StringComparison.Ordinal)).ToList();
            Assert.Equal(204, Assert.Single(callbacks).Status);
            Assert.True(callbacks[0].ReceivedAt - interaction.CreatedAt < TimeSpan.FromSeconds(3));
        }

        Assert.Contains(h.Answers(needs), a => a.Text.Contains("clinic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Personal_answers_are_ephemeral()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = "cooking for a family" });

        var mine = await h.CommandAsync(ann, "mine");

        Assert.NotEmpty(h.Answers(mine));
        Assert.All(h.Answers(mine), answer => Assert.True(answer.Ephemeral, answer.Text));
    }

    [Fact]
    public async Task An_anonymous_need_is_answered_only_to_the_person_and_a_refusal_too()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");

        var anonymous = await h.CommandAsync(ann, "need", new JsonObject { ["anonymous"] = true, ["text"] = "someone to talk to tonight" });
        var refused = await h.CommandAsync(ann, "claim", new JsonObject { ["number"] = 99 });

        Assert.NotEmpty(h.Answers(anonymous));
        Assert.All(h.Answers(anonymous), answer => Assert.True(answer.Ephemeral, answer.Text));
        Assert.DoesNotContain(h.Answers(anonymous), answer => answer.Text.Contains("private chat", StringComparison.Ordinal));
        Assert.NotEmpty(h.Answers(refused));
        Assert.All(h.Answers(refused), answer => Assert.True(answer.Ephemeral, answer.Text));
    }

    [Fact]
    public async Task A_forged_button_and_a_button_pressed_by_the_wrong_member_change_nothing()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        await h.CommandAsync(ann, "need", new JsonObject { ["text"] = "help moving a sofa on saturday" });

        var forged = await h.PressAsync(bob, "not-a-carebot-button");
        var wrongMember = await h.PressAsync(bob, ":cancel 1");
        var needs = await h.CommandAsync(bob, "needs");

        Assert.NotEmpty(h.Answers(forged));
        Assert.NotEmpty(h.Answers(wrongMember));
        Assert.All(h.Answers(forged).Concat(h.Answers(wrongMember)), answer => Assert.True(answer.Ephemeral, answer.Text));
        Assert.Contains(h.Answers(needs), a => a.Text.Contains("sofa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Need_without_text_opens_a_form_and_the_form_posts_the_need()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");

        var asked = await h.CommandAsync(ann, "need", new JsonObject { ["helpers"] = 2 });
        Assert.Equal(9, asked.CallbackType);
        var form = JsonNode.Parse(asked.CallbackData!)!;
        var customId = form["custom_id"]!.GetValue<string>();

        await h.SubmitFormAsync(ann, customId, "two people to help paint a fence");
        var needs = await h.CommandAsync(ann, "needs");

        Assert.Contains(h.Answers(needs), a => a.Text.Contains("paint a fence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_offers_at_most_25_needs_and_only_from_the_members_own_server()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        for (var i = 1; i <= 30; i++)
        {
            await h.CommandAsync(h.Member($"asker{i}"), "need", new JsonObject { ["text"] = $"groceries run number {i} please" });
        }

        var otherGuild = h.Rest.CreateGuild("Hilltop", h.Owner);
        var otherChannel = h.Rest.CreateTextChannel(otherGuild, "general");
        await h.SendAsync("GUILD_CREATE", new JsonObject { ["id"] = otherGuild.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = "Hilltop", ["system_channel_id"] = otherChannel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var here = await h.AutocompleteAsync(ann, "claim", "number", "");
        var there = await h.AutocompleteAsync(ann, "claim", "number", "", otherGuild, otherChannel);

        var choices = JsonNode.Parse(here.CallbackData!)!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.Empty(JsonNode.Parse(there.CallbackData!)!["choices"]!.AsArray());
    }

    [Fact]
    public async Task An_admin_command_is_refused_to_a_member_and_done_for_a_server_manager()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");

        var allowed = await h.CommandAsync(h.Owner, "agree", new JsonObject { ["key"] = "zones", ["value"] = "north, south" }, permissions: ManageServer);
        var refused = await h.CommandAsync(ann, "agree", new JsonObject { ["key"] = "zones", ["value"] = "east, west, up" });
        var zones = await h.AutocompleteAsync(ann, "offer", "zone", "");

        Assert.NotEmpty(h.Answers(refused));
        Assert.All(h.Answers(refused), answer => Assert.True(answer.Ephemeral));
        Assert.NotEmpty(h.Answers(allowed));
        var names = JsonNode.Parse(zones.CallbackData!)!["choices"]!.AsArray().Select(choice => choice!["value"]!.GetValue<string>());
        Assert.Equal(["north", "south"], names.Order());
    }

    [Fact]
    public async Task A_member_whose_direct_messages_are_closed_is_told_once_at_her_next_command_and_gets_what_waited_once_they_open()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        var bob = h.Member("bob");
        h.Rest.SetAcceptsDirectMessages(ann, accepts: false);
        var owed = CursorNames.WaitingNotice(new UserRef(KnownPlatforms.Discord, ann.Id.ToString(CultureInfo.InvariantCulture)));
        await h.CommandAsync(ann, "offer", new JsonObject { ["text"] = "rides to appointments, I have a car" });
        await h.CommandAsync(bob, "need", new JsonObject { ["text"] = "a ride to the clinic on friday" });

        // Discord refuses the request to her with 50007: it is held for her, and she is owed a word about it.
        await Eventually.True(() => h.Engine.ReadCursor(owed) is not null, "ann's private request held for her");
        var refusedBefore = RefusedDirectMessages(h);
        var first = await h.CommandAsync(ann, "needs");
        var second = await h.CommandAsync(ann, "mine");

        var notice = Assert.Single(h.Answers(first), a => a.Text.Contains("private message for you", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Answers(second), a => a.Text.Contains("private message for you", StringComparison.Ordinal));
        Assert.True(notice.Ephemeral, notice.Text);
        Assert.Contains("allow direct messages", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("clinic", notice.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(h.Rest.MessagesIn(h.Channel.Id), m => (m.Flags & 64) == 0 && m.Content.Contains("private message", StringComparison.Ordinal));

        // Each command tries again (still closed: refused, held again, not told again); once she opens them, it arrives.
        await Eventually.True(() => RefusedDirectMessages(h) > refusedBefore, "a new try after her command");
        h.Rest.SetAcceptsDirectMessages(ann, accepts: true);
        var third = await h.CommandAsync(ann, "mine");
        var delivered = await Eventually.Get(() => h.Rest.DirectMessagesTo(ann).FirstOrDefault(m => m.Content.Contains("clinic", StringComparison.OrdinalIgnoreCase)), "the request, delivered once her DMs are open");

        Assert.DoesNotContain(h.Answers(third), a => a.Text.Contains("private message for you", StringComparison.Ordinal));
        Assert.Single(h.Rest.DirectMessagesTo(ann), m => m.Content.Contains("clinic", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(delivered);
    }

    private static int RefusedDirectMessages(DiscordHarness h) =>
        h.Rest.Requests.Count(r => r.Route == "POST /channels/{channel_id}/messages" && r.Status == 403);

    [Fact]
    public async Task Hostile_text_pings_nobody_and_is_shown_escaped()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ann = h.Member("ann");
        await h.CommandAsync(ann, "need", new JsonObject { ["text"] = "@everyone <@123> **free** boxes, please help me carry them" });

        var needs = await h.CommandAsync(ann, "needs");

        var shown = Assert.Single(h.Answers(needs), a => a.Text.Contains("free", StringComparison.Ordinal)).Text;
        Assert.DoesNotContain("@everyone", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<@123>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("**free**", shown, StringComparison.Ordinal);
        Assert.All(h.Rest.Requests.Where(SeenAnswers.CarriesWords), request => Assert.True(SeenAnswers.PingsNobody(request), request.Route));
    }
}
