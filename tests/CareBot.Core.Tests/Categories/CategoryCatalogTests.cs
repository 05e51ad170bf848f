using CareBot.Core.Categories;
using static CareBot.Core.Categories.CategoryIds;

namespace CareBot.Core.Tests.Categories;

public sealed class CategoryCatalogTests
{
    [Theory]
    [InlineData("a ride to the clinic", Transport)]
    [InlineData("I have a car", Transport)]
    [InlineData("driving to town on Tuesday", Transport)]
    [InlineData("rides to appointments", Transport)]
    [InlineData("riding together to the market", Transport)]
    [InlineData("moving house", Moving)]
    [InlineData("we moved last week, boxes everywhere", Moving)]
    [InlineData("can someone give me a lift", Transport)]
    [InlineData("pick up from the airport", Transport)]
    [InlineData("someone to do the school run", Childcare)]
    [InlineData("babysitting on Friday night", Childcare)]
    [InlineData("my kids need a sitter", Childcare)]
    [InlineData("groceries from the supermarket", Errands)]
    [InlineData("walk the dog", Pets)]
    [InlineData("dogs and cats", Pets)]
    [InlineData("someone to talk to", Listening)]
    [InlineData("help filling in a visa application form", Paperwork)]
    [InlineData("translate a letter from Arabic", CategoryIds.Language)]
    [InlineData("cooking hot meals", Meals)]
    [InlineData("moving boxes into a van", Moving)]
    [InlineData("fix a leaking tap", HomeRepair)]
    [InlineData("set up my new laptop", Tech)]
    [InlineData("homework tutoring in maths", Learning)]
    [InlineData("a warm winter coat", Goods)]
    [InlineData("benefits and debt advice", Money)]
    [InlineData("a room for a week", Housing)]
    [InlineData("visiting my grandmother", Eldercare)]
    public void Synonyms_plurals_and_phrases_land_on_their_category(string text, string category)
    {
        Assert.Contains(category, CategoryCatalog.Default.Analyze(text).Categories);
    }

    [Theory]
    [InlineData("take care of my cat while I'm away", Transport)]
    [InlineData("my grandmother moved into a care home", Transport)]
    [InlineData("help me get rid of an old sofa", Transport)]
    [InlineData("caring for my elderly mum", Transport)]
    public void Words_that_merely_look_alike_do_not_pull_in_a_category(string text, string notCategory)
    {
        Assert.DoesNotContain(notCategory, CategoryCatalog.Default.Analyze(text).Categories);
    }

    [Theory]
    [InlineData("")]
    [InlineData("something unusual")]
    [InlineData("!!!")]
    public void Text_with_no_known_word_is_other(string text)
    {
        Assert.Equal([Other], CategoryCatalog.Default.Analyze(text).Categories);
    }

    [Fact]
    public void A_text_can_have_several_categories_in_the_order_they_appear()
    {
        var profile = CategoryCatalog.Default.Analyze("a ride to the doctor, then groceries");

        Assert.Equal([Transport, Health, Errands], profile.Categories);
    }

    [Fact]
    public void Keywords_are_content_words_without_small_words_folded_the_same_way_on_both_sides()
    {
        var need = CategoryCatalog.Default.Analyze("Please help with my accordion lessons");
        var offer = CategoryCatalog.Default.Analyze("I can teach accordion");

        Assert.DoesNotContain("please", need.Keywords);
        Assert.DoesNotContain("help", need.Keywords);
        Assert.Contains("accordion", need.Keywords);
        Assert.Contains("accordion", offer.Keywords);
    }

    [Fact]
    public void An_unknown_language_falls_back_to_english()
    {
        Assert.Contains(Transport, CategoryCatalog.Default.Analyze("a ride", "xx").Categories);
        Assert.Equal("transport", CategoryCatalog.Default.Find(Transport, "xx").Name);
    }

    [Fact]
    public void Every_category_has_a_name_and_an_emoji()
    {
        var all = CategoryCatalog.Default.All();

        Assert.Equal(18, all.Count);
        Assert.All(all, c => Assert.False(string.IsNullOrWhiteSpace(c.Name + c.Emoji)));
    }
}
