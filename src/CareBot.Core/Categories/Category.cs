namespace CareBot.Core.Categories;

/// <summary>One kind of help, e.g. transport. The id is stable; the name is the language's own.</summary>
public sealed record Category(string Id, string Name, string Emoji);
