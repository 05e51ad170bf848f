using CareBot.Core.Categories;

namespace CareBot.Core.Needs;

/// <summary>A need as the requester worded it, before it has a number.</summary>
public sealed record NeedDraft(
    string Text,
    TextProfile Profile,
    bool Anonymous,
    DateOnly? By,
    string? Zone,
    int HelpersWanted);
