namespace CareBot.Core.Categories;

/// <summary>Stable ids of the built-in categories, shared by every language.</summary>
public static class CategoryIds
{
    public const string Transport = "transport";
    public const string Meals = "meals";
    public const string Errands = "errands";
    public const string Childcare = "childcare";
    public const string Eldercare = "eldercare";
    public const string Pets = "pets";
    public const string Listening = "listening";
    public const string Housing = "housing";
    public const string HomeRepair = "home-repair";
    public const string Moving = "moving";
    public const string Tech = "tech";
    public const string Paperwork = "paperwork";
    public const string Language = "language";
    public const string Health = "health";
    public const string Money = "money";
    public const string Learning = "learning";
    public const string Goods = "goods";
    public const string Other = "other";

    /// <summary>Categories as chosen by a person: each once, in order; "other" only when nothing else is chosen.</summary>
    public static IReadOnlyList<string> Settle(IEnumerable<string> ids)
    {
        var chosen = ids.Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count > 1)
        {
            chosen.Remove(Other);
        }

        return chosen.Count == 0 ? [Other] : chosen;
    }
}
