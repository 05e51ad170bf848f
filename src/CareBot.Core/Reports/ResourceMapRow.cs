using CareBot.Core.Categories;

namespace CareBot.Core.Reports;

/// <summary>One category on the map: what is offered (and by how many people, how many free now) against what is needed.</summary>
public sealed record ResourceMapRow(Category Category, int Offers, int People, int AvailableNow, int OpenNeeds)
{
    /// <summary>Needs waiting with nobody offering: a gap the group may want to talk about.</summary>
    public bool IsGap => OpenNeeds > 0 && People == 0;
}
