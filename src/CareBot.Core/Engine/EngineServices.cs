using CareBot.Core.Categories;
using CareBot.Core.Matching;

namespace CareBot.Core.Engine;

/// <summary>The stateless helpers every context shares.</summary>
internal sealed record EngineServices(CategoryCatalog Catalog, Matcher Matcher);
