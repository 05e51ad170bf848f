using CareBot.Core.Categories;
using CareBot.Core.Matching;
using CareBot.Core.Reports;
using CareBot.Core.Understanding;

namespace CareBot.Core.Engine;

/// <summary>The stateless helpers every context shares; <see cref="MapPainter"/> is null when the host drew no pictures.</summary>
internal sealed record EngineServices(TextUnderstanding Understanding, Matcher Matcher, IMapPainter? MapPainter = null)
{
    public CategoryCatalog Catalog => Understanding.Catalog;
}
