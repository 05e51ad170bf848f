using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Matching;

/// <summary>With the sentence model, the people asked are those whose offers mean the same thing as the need, not only share a word.</summary>
public sealed class MeaningMatchingTests
{
    [Fact]
    public async Task A_word_in_common_is_not_a_match_when_the_meanings_differ()
    {
        using var h = new EngineHarness(SentenceModel.Understanding);
        await h.Say("bob", "/offer I can give you a lift to the airport");
        await h.Say("carol", "/offer strong and happy to help carry furniture");

        var delivered = await h.Accepts(x => x.Say("alice", "/need help me lift a sofa up the stairs to my new flat"));

        Assert.Equal(["carol"], delivered.AskedPeople());
    }

    [Fact]
    public async Task A_new_offer_hears_only_of_the_open_needs_it_means_the_same_as()
    {
        using var h = new EngineHarness(SentenceModel.Understanding);
        await h.Say("alice", "/need help me lift a sofa up the stairs to my new flat");
        await h.Say("erin", "/need a lift to the train station on friday morning");
        h.Delivered();

        var delivered = await h.Accepts(x => x.Say("bob", "/offer I can give you a lift to the airport"));

        var list = Assert.Single(delivered.To("bob")).Text;
        Assert.Contains("#2", list, StringComparison.Ordinal);
        Assert.DoesNotContain("#1", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_that_shares_no_word_with_the_need_is_asked_when_it_means_the_same()
    {
        using var h = new EngineHarness(SentenceModel.Understanding);
        await h.Say("bob", "/offer retired plumber, happy to sort out heating and hot water problems");
        await h.Say("carol", "/offer I can babysit on weekday evenings");

        var delivered = await h.Accepts(x => x.Say("alice", "/need my boiler is making a banging noise and the radiators are cold"));

        Assert.Equal(["bob"], delivered.AskedPeople());
    }

    [Fact]
    public async Task The_categories_understood_are_the_ones_the_text_means()
    {
        using var h = new EngineHarness(SentenceModel.Understanding);

        var delivered = await h.Accepts(x => x.Say("alice", "/need anyone good at putting up shelves?"));

        Assert.Contains("🔧 home repair", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("clothing", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
    }
}
