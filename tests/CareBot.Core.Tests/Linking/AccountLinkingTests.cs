using System.Text.Json;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Linking;

/// <summary>
/// /link in private chats (docs/linking.md): Bob offers rides in town on the console and in the Discord server riverside,
/// which are linked; he joins his console and Discord accounts into one person.
/// </summary>
public sealed class AccountLinkingTests
{
    private const string Discord = KnownPlatforms.Discord;
    private const string Console = KnownPlatforms.Console;

    [Fact]
    public async Task Before_joining_his_accounts_he_is_asked_once_per_account_and_afterwards_once()
    {
        using var h = await BobOnBothSides();

        // Waves of three, so that both of his unjoined accounts fit in the first one.
        await h.Agree("wave-size", "3");
        var before = await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"));
        Assert.Equal(2, before.Asks().Count);

        await LinkBob(h);
        var after = await h.Accepts(x => x.Say("alice", "/need a ride to the station on monday"));

        var ask = Assert.Single(after.Asks());
        Assert.True(ask.IsTo("bob", Discord), "He used Discord last, so he is asked there.");
    }

    [Fact]
    public async Task Private_messages_go_where_he_chooses_until_he_says_last()
    {
        using var h = await BobOnBothSides();
        await LinkBob(h);

        await h.Accepts(x => x.DmOn(Discord, "bob", "/me dm console"));
        var chosen = Assert.Single((await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"))).Asks());
        await h.Accepts(x => x.DmOn(Discord, "bob", "/me dm last"));
        var last = Assert.Single((await h.Accepts(x => x.Say("alice", "/need a ride to the station on monday"))).Asks());

        Assert.Equal(Console, chosen.Platform);
        Assert.Equal(Discord, last.Platform);
    }

    [Fact]
    public async Task Choosing_a_platform_he_has_no_account_on_is_refused()
    {
        using var h = await BobOnBothSides();

        var refusal = await h.Refuses(x => x.DmOn(Discord, "bob", "/me dm telegram"));

        Assert.Contains("/link", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mine_from_either_account_covers_what_he_did_from_both()
    {
        using var h = await BobOnBothSides();
        await LinkBob(h);

        var mine = Assert.Single(await h.Accepts(x => x.Dm("bob", "/mine")));

        Assert.Contains("rides to appointments", mine.Text, StringComparison.Ordinal);
        Assert.Contains("drive people to the clinic", mine.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_shows_both_accounts()
    {
        using var h = await BobOnBothSides();
        await LinkBob(h);

        var export = Assert.Single(await h.Accepts(x => x.DmOn(Discord, "bob", "/export")));

        using var json = JsonDocument.Parse(export.Content.Attachment!.Content);
        var community = Assert.Single(json.RootElement.GetProperty("communities").EnumerateArray().ToList());
        var platforms = community.GetProperty("identities").EnumerateArray().Select(i => i.GetProperty("platform").GetString()).Order();
        Assert.Equal([Console, Discord], platforms);
        Assert.Equal(2, community.GetProperty("offers").GetArrayLength());
    }

    [Fact]
    public async Task Forgetting_a_joined_person_erases_both_accounts()
    {
        using var h = await BobOnBothSides();
        await LinkBob(h);

        await h.Accepts(x => x.DmOn(Discord, "bob", "/forget confirm"));

        Assert.Empty(h.Snapshot().DocumentsContaining(People.IdOf("bob")));
        Assert.Empty(h.Store.Read(s => s.Members.FindByIdentity(People.RefOf("bob"))));
        Assert.NotNull(h.Member("alice"));
    }

    [Fact]
    public async Task A_persons_code_typed_in_a_group_is_cancelled_because_the_group_saw_it()
    {
        using var h = await BobOnBothSides();
        var code = await LinkCodes.Ask(h, "bob", x => x.Dm("bob", "/link"));

        var told = await h.Accepts(x => x.SayOn(Discord, "bob", $"/link {code}", LinkedGroups.Riverside));
        var refusal = await h.Refuses(x => x.DmOn(Discord, "bob", $"/link {code}"));

        Assert.Contains("cancelled", Assert.Single(told).Text, StringComparison.Ordinal);
        Assert.True(told[0].IsPrivate);
        Assert.Contains("doesn't work", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_typed_by_the_same_account_or_on_the_same_platform_is_refused()
    {
        using var h = await BobOnBothSides();
        await h.Join("carol");
        var code = await LinkCodes.Ask(h, "bob", x => x.Dm("bob", "/link"));

        var own = await h.Refuses(x => x.Dm("bob", $"/link {code}"));
        var samePlatform = await h.Refuses(x => x.Dm("carol", $"/link {code}"));

        Assert.Contains("own code", own.Text, StringComparison.Ordinal);
        Assert.Contains("one account on each platform", samePlatform.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_joined_later_by_one_account_knows_both()
    {
        using var h = await BobOnBothSides();
        await LinkBob(h);

        await h.SayOn(Discord, "bob", "/mine", "hillside");

        var hillside = h.Member("bob", "hillside", Discord)!;
        Assert.Equal([Console, Discord], hillside.Identities.Select(i => i.Platform).Order());
        Assert.Equal(2, h.Store.Read(s => s.Members.FindByIdentity(People.RefOf("bob"))).Count);
    }

    [Fact]
    public async Task Unlink_in_private_separates_the_accounts_and_the_other_starts_afresh()
    {
        using var h = await BobOnBothSides();
        await LinkBob(h);

        var told = Assert.Single(await h.Accepts(x => x.DmOn(Discord, "bob", "/unlink")));

        Assert.Contains("separate again", told.Text, StringComparison.Ordinal);
        Assert.Empty(h.Store.Read(s => s.Members.FindByIdentity(People.RefOf("bob"))));
        var ask = Assert.Single((await h.Accepts(x => x.Say("alice", "/need a ride to the clinic on friday"))).Asks());
        Assert.True(ask.IsTo("bob", Discord));
        var refusal = await h.Refuses(x => x.DmOn(Discord, "bob", "/unlink"));
        Assert.Contains("isn't joined", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linking_accounts_in_private_asks_no_platform_about_admins()
    {
        using var h = await BobOnBothSides();
        var asked = h.Admins.Questions + h.DiscordAdmins.Questions;

        await LinkBob(h);

        Assert.Equal(asked, h.Admins.Questions + h.DiscordAdmins.Questions);
    }

    [Fact]
    public async Task An_account_never_seen_in_a_group_is_told_how_to_begin_and_the_code_still_works()
    {
        using var h = await BobOnBothSides();
        var code = await LinkCodes.Ask(h, "bob", x => x.Dm("bob", "/link"));

        var told = Assert.Single(await h.Accepts(x => x.DmOn(KnownPlatforms.Telegram, "bob", $"/link {code}")));
        await h.SayOn(KnownPlatforms.Telegram, "bob", "/mine", "tg-riverside");
        await h.Accepts(x => x.DmOn(KnownPlatforms.Telegram, "bob", $"/link {code}"));

        Assert.Contains("I don't know this account yet", told.Text, StringComparison.Ordinal);
        var joined = h.Member("bob", "tg-riverside", KnownPlatforms.Telegram)!;
        Assert.Equal([Console, KnownPlatforms.Telegram], joined.Identities.Select(i => i.Platform).Order());
    }

    /// <summary>Town and riverside, linked; Bob offers on both sides, from his console account and his Discord account.</summary>
    private static async Task<EngineHarness> BobOnBothSides()
    {
        var h = await LinkedGroups.TownAndRiverside();
        await LinkedGroups.Link(h);
        await h.Say("bob", "/offer I can drive people to the clinic or the station");
        h.Delivered();
        return h;
    }

    /// <summary>Bob asks for a code in his private chat on the console and types it in his private chat on Discord.</summary>
    private static async Task LinkBob(EngineHarness h)
    {
        var code = await LinkCodes.Ask(h, "bob", x => x.Dm("bob", "/link"));
        var done = Assert.Single(await h.Accepts(x => x.DmOn(Discord, "bob", $"/link {code}")));
        Assert.True(done.IsTo("bob", Discord));
    }
}
