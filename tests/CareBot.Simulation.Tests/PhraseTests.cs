using CareBot.Core.Understanding;
using CareBot.Simulation.Community;

namespace CareBot.Simulation.Tests;

/// <summary>The words simulated members type are read by the engine as the category they mean, and no need reads as an emergency.</summary>
public sealed class PhraseTests
{
    public static TheoryData<string, string> Offers() => Flatten(OfferPhrases.ByCategory);

    public static TheoryData<string, string> Needs() => Flatten(NeedPhrases.ByCategory);

    [Theory]
    [MemberData(nameof(Offers))]
    public void An_offer_is_read_in_its_category(string category, string text) =>
        Assert.Contains(category, TextUnderstanding.WordsOnly.Read(text, "en", CancellationToken.None).Categories);

    [Theory]
    [MemberData(nameof(Needs))]
    public void A_need_is_read_in_its_category_and_not_as_an_emergency(string category, string text)
    {
        var profile = TextUnderstanding.WordsOnly.Read(text, "en", CancellationToken.None);

        Assert.Contains(category, profile.Categories);
        Assert.False(TextUnderstanding.WordsOnly.Emergency(text, profile).IsEmergency);
    }

    [Fact]
    public void Every_category_the_model_weighs_has_words_for_it()
    {
        var model = Model.SimulationModel.Default;

        Assert.Empty(model.OfferCategoryWeights.Keys.Except(OfferPhrases.ByCategory.Keys));
        Assert.Empty(model.NeedCategoryWeights.Keys.Except(NeedPhrases.ByCategory.Keys));
    }

    private static TheoryData<string, string> Flatten(IReadOnlyDictionary<string, string[]> phrases)
    {
        var data = new TheoryData<string, string>();
        foreach (var (category, texts) in phrases)
        {
            foreach (var text in texts)
            {
                data.Add(category, text);
            }
        }

        return data;
    }
}
