using CareBot.Core.Categories;
using CareBot.Core.Matching;
using CareBot.Core.Understanding;

namespace CareBot.Core.Engine;

/// <summary>The stateless helpers every context shares.</summary>
internal sealed record EngineServices(TextUnderstanding Understanding, Matcher Matcher)
{
    public CategoryCatalog Catalog => Understanding.Catalog;
}
