using CareBot.Core.Categories;
using CareBot.Core.Messages;

namespace CareBot.Core.Engine;

/// <summary>
/// The categories of an offer or a need as their owner sees them to correct them: one toggle button per category
/// ("✓ 🚗 transport" carries "-transport", "🐾 pets" carries "+pets"), each a /categories command checked like a typed one.
/// </summary>
internal static class CategoryCards
{
    private const int ShortNameLength = 12;

    /// <summary><paramref name="target"/> is what the commands name: "need 12" or "offer 3".</summary>
    public static MessageBuilder Toggles(MessageBuilder builder, CommunityContext ctx, string target, IReadOnlyList<string> chosen)
    {
        builder.Add("Tap one to add or remove it, or type them all: ").Command($"/categories {target} transport, pets").Line();
        foreach (var category in ctx.Catalog.All(ctx.Agreements.Language).Where(c => c.Id != CategoryIds.Other))
        {
            var on = chosen.Contains(category.Id);
            var label = $"{(on ? "✓ " : "")}{category.Emoji} {ShortName(category)}";
            builder.Button(label, $"/categories {target} {(on ? '-' : '+')}{category.Id}");
        }

        return builder;
    }

    /// <summary>"groceries" for "groceries and errands": labels short enough for two to share a row.</summary>
    private static string ShortName(Category category) =>
        category.Name.Length <= ShortNameLength ? category.Name : category.Name.Split(' ')[0];
}
