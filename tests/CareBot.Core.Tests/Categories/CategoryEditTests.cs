using CareBot.Core.Categories;

namespace CareBot.Core.Tests.Categories;

public sealed class CategoryEditTests
{
    private static readonly IReadOnlyList<Category> Names = CategoryCatalog.Default.All();

    [Theory]
    [InlineData("transport, pets", "transport,pets")]
    [InlineData("Transport and PETS", "transport,pets")]
    [InlineData("home repair", "home-repair")]
    [InlineData("home-repair", "home-repair")]
    [InlineData("tech", "tech")]
    [InlineData("tech help, paperwork", "tech,paperwork")]
    [InlineData("paperwork and forms and language", "paperwork,language")]
    [InlineData("groceries and errands", "errands")]
    [InlineData("money, language", "money,language")]
    [InlineData("listening and emotional support", "listening")]
    [InlineData("transport transport", "transport")]
    [InlineData("other", "other")]
    [InlineData("other, pets", "pets")]
    public void A_list_names_the_categories_by_id_name_or_first_word(string text, string ids)
    {
        var edit = Parsed(text);

        Assert.Equal(ids.Split(','), edit.ApplyTo([CategoryIds.Meals]));
    }

    [Theory]
    [InlineData("+pets", "meals,pets")]
    [InlineData("-meals", "other")]
    [InlineData("-meals +pets", "pets")]
    [InlineData("+ pets", "meals,pets")]
    [InlineData("+home repair", "meals,home-repair")]
    [InlineData("-transport", "meals")]
    [InlineData("+meals", "meals")]
    public void Plus_and_minus_add_or_remove_one_from_what_there_is(string text, string ids)
    {
        var edit = Parsed(text);

        Assert.Equal(ids.Split(','), edit.ApplyTo([CategoryIds.Meals]));
    }

    [Theory]
    [InlineData("transport, dragons", "dragons")]
    [InlineData("+unicorns", "unicorns")]
    [InlineData("home improvement", "improvement")]
    public void An_unknown_category_is_refused_with_the_names_there_are(string text, string unknown)
    {
        var result = CategoryEdit.Parse(text, Names);

        Assert.False(result.IsSuccess);
        Assert.StartsWith($"I don't know a category called \"{unknown}\", so I changed nothing. The categories are: transport, meals,", result.Problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",")]
    [InlineData(" and , ")]
    public void A_list_without_a_category_is_refused(string text)
    {
        Assert.False(CategoryEdit.Parse(text, Names).IsSuccess);
    }

    private static CategoryEdit Parsed(string text)
    {
        var result = CategoryEdit.Parse(text, Names);
        Assert.True(result.IsSuccess, result.Problem?.Message);
        return result.Value;
    }
}
