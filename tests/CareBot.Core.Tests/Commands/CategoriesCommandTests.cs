using CareBot.Core.Categories;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>/categories: the owner of an offer or a need corrects the categories understood, and matching follows.</summary>
public sealed class CategoriesCommandTests
{
    private const string DogWalking = "/offer dog walking in the evenings";
    private const string BiscuitNeed = "/need could someone look after Biscuit on saturday";

    [Fact]
    public async Task A_need_understood_as_other_and_corrected_to_pets_asks_the_member_who_offered_dog_walking_once()
    {
        using var h = await BiscuitPosted();
        Assert.Empty(h.History.Asks());
        Assert.Equal([CategoryIds.Other], h.Need(1).Categories);

        var corrected = await h.Accepts(x => x.Dm("alice", "/categories need 1 pets"));

        Assert.Equal(["bob"], corrected.AskedPeople());
        Assert.Equal([CategoryIds.Pets], h.Need(1).Categories);
        Assert.Contains("#1 is now understood as: 🐾 pets.", corrected.To("alice").Single().Text, StringComparison.Ordinal);
        Assert.Contains("I've privately asked 1 more member whose offer fits.", corrected.To("alice").Single().Text, StringComparison.Ordinal);

        var again = await h.Accepts(x => x.Dm("alice", "/categories need 1 pets"));

        Assert.Empty(again.AskedPeople());
    }

    [Fact]
    public async Task A_member_who_passed_is_not_asked_again_when_the_categories_change_back_and_forth()
    {
        using var h = await BiscuitPosted();
        await h.Dm("alice", "/categories need 1 pets");
        await h.Dm("bob", "/pass 1");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Dm("alice", "/categories need 1 -pets"));
        delivered = [.. delivered, .. await h.Accepts(x => x.Dm("alice", "/categories need 1 +pets"))];

        Assert.Empty(delivered.AskedPeople());
        Assert.Equal([CategoryIds.Pets], h.Need(1).Categories);
    }

    [Fact]
    public async Task The_confirmation_of_a_need_leads_to_toggles_and_a_toggle_corrects_it()
    {
        using var h = new EngineHarness();
        await h.Say("bob", DogWalking);
        h.Delivered();
        var confirmation = (await h.Accepts(x => x.Say("alice", BiscuitNeed))).To("alice").Single();

        var shown = (await h.Accepts(x => x.Press("alice", confirmation, "Change categories"))).Single();

        Assert.True(shown.IsTo("alice"));
        Assert.Contains("#1 is understood as: ✨ other.", shown.Text, StringComparison.Ordinal);
        Assert.Equal(17, shown.Buttons.Count);
        Assert.Equal("/categories need 1 +pets", shown.Button("🐾 pets").Command);
        Assert.Equal("/categories need 1 +home-repair", shown.Button("🔧 home repair").Command);
        Assert.Equal("/categories need 1 +errands", shown.Button("🛒 groceries").Command);

        var toggled = await h.Accepts(x => x.Press("alice", shown, "🐾 pets"));

        Assert.Equal(["bob"], toggled.AskedPeople());
        var view = toggled.To("alice").Single();
        Assert.Equal("/categories need 1 -pets", view.Button("✓ 🐾 pets").Command);
    }

    [Fact]
    public async Task Only_the_requester_can_change_or_see_the_toggles_of_a_need()
    {
        using var h = await BiscuitPosted();

        var change = await h.Refuses(x => x.Say("bob", "/categories need 1 pets"));
        var look = await h.Refuses(x => x.Dm("bob", "/categories need 1"));

        Assert.Equal("Only the person who asked for #1 can change its categories.", change.Text);
        Assert.Equal(change.Text, look.Text);
    }

    [Fact]
    public async Task A_closed_need_keeps_its_categories()
    {
        using var h = await BiscuitPosted();
        await h.Say("alice", "/cancel 1");

        var answer = await h.Refuses(x => x.Dm("alice", "/categories need 1 pets"));

        Assert.Equal("#1 is cancelled, so its categories can't change any more.", answer.Text);
    }

    [Theory]
    [InlineData("/categories need 1 dragons", "I don't know a category called \"dragons\", so I changed nothing. The categories are: transport, meals,")]
    [InlineData("/categories need 1 +", "Which categories?")]
    [InlineData("/categories need 9 pets", "There's no need #9")]
    [InlineData("/categories need x pets", "\"x\" isn't a need number")]
    [InlineData("/categories pets", "Which offer or need?")]
    [InlineData("/categories", "Which offer or need?")]
    [InlineData("/categories offer 99 pets", "There's no offer no. 99")]
    public async Task A_correction_that_cannot_be_read_changes_nothing_and_says_why(string command, string answer)
    {
        using var h = await BiscuitPosted();

        var refusal = await h.Refuses(x => x.Dm("alice", command));

        Assert.StartsWith(answer, refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_offer_is_matched_by_its_new_categories_only()
    {
        using var h = new EngineHarness();
        var reply = (await h.Accepts(x => x.Say("carol", "/offer I have a car"))).InGroup().Single();
        var offerId = h.Store.Read(s => s.Offers.ByMember(h.Member("carol")!.Id)).Single().Id;
        Assert.Equal($"/categories offer {offerId}", reply.Button("Change categories").Command);

        var corrected = await h.Accepts(x => x.Dm("carol", $"/categories offer {offerId} meals"));

        Assert.Contains($"Your offer no. {offerId} (I have a car) is now understood as: 🍲 meals.", corrected.Single().Text, StringComparison.Ordinal);
        Assert.Equal([CategoryIds.Meals], h.Store.Read(s => s.Offers.Get(offerId))!.Categories);
        Assert.Empty((await h.Accepts(x => x.Say("alice", "/need a lift to the airport please"))).AskedPeople());
        Assert.Equal(["carol"], (await h.Accepts(x => x.Say("erin", "/need a hot dinner on tuesday"))).AskedPeople());
    }

    [Fact]
    public async Task A_corrected_offer_privately_lists_the_open_needs_it_now_fits()
    {
        using var h = new EngineHarness();
        await h.Say("alice", "/need someone to feed my cat on saturday");
        await h.Say("carol", "/offer I'm around most afternoons");
        h.Delivered();
        var offerId = h.Store.Read(s => s.Offers.ByMember(h.Member("carol")!.Id)).Single().Id;

        var corrected = await h.Accepts(x => x.Dm("carol", $"/categories offer {offerId} +pets"));

        var list = corrected.To("carol").Single(d => d.Text.StartsWith("These open needs fit your offer now:", StringComparison.Ordinal));
        Assert.Contains("#1 Alice Tester: someone to feed my cat on saturday", list.Text, StringComparison.Ordinal);
        Assert.Empty(corrected.AskedPeople());
    }

    [Fact]
    public async Task Only_the_offerer_can_correct_an_active_offer()
    {
        using var h = await BiscuitPosted();
        var offerId = h.Store.Read(s => s.Offers.ByMember(h.Member("bob")!.Id)).Single().Id;

        var other = await h.Refuses(x => x.Dm("alice", $"/categories offer {offerId} meals"));
        await h.Dm("bob", $"/withdraw {offerId}");
        var withdrawn = await h.Refuses(x => x.Dm("bob", $"/categories offer {offerId} meals"));

        Assert.Equal($"Only the person who made offer no. {offerId} can change its categories.", other.Text);
        Assert.Equal($"Offer no. {offerId} was withdrawn, so its categories can't change any more.", withdrawn.Text);
    }

    [Fact]
    public async Task Help_lists_the_categories_command()
    {
        using var h = new EngineHarness();

        var help = (await h.Accepts(x => x.Say("alice", "/help"))).Single();

        Assert.Contains("/categories offer|need <number> [categories]", help.Text, StringComparison.Ordinal);
    }

    /// <summary>Bob offers dog walking; Alice's need for Biscuit names no category word, so it is "other" and nobody is asked.</summary>
    private static async Task<EngineHarness> BiscuitPosted()
    {
        var h = new EngineHarness();
        await h.Say("bob", DogWalking);
        await h.Say("alice", BiscuitNeed);
        h.Delivered();
        return h;
    }
}
