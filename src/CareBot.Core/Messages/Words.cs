using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;

namespace CareBot.Core.Messages;

/// <summary>
/// Counts and lists as a person would write them ("1 open need", "3 open needs", "dev and sam"), in one place so no
/// message spells its own plural, and so another language's rules come from Humanizer's, not from our string pasting.
/// </summary>
public static partial class Words
{
    /// <summary>Below this many, a count of people could point at someone, so it is said as "fewer than 3".</summary>
    public const int SmallestCrowd = 3;

    private const char Marker = '\u0001';

    /// <summary>The language messages are written in today; a community's own language can be passed instead.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>"1 open need", "2 open needs", "0 open needs".</summary>
    public static string Count(int count, string singular) => singular.ToQuantity(count);

    /// <summary>
    /// How many people, said so that nobody can be picked out: none is "no one", one or two is "fewer than 3 people",
    /// and from three on the number. In a small group "1 was helped" after an anonymous need says who asked.
    /// </summary>
    public static string People(int count) => count switch
    {
        <= 0 => "no one",
        < SmallestCrowd => $"fewer than {SmallestCrowd} people",
        _ => "person".ToQuantity(count),
    };

    /// <summary>"was" or "were" to go with <see cref="People"/>: "fewer than 3 people were helped".</summary>
    public static string WasOrWere(int count) => count <= 0 ? "was" : "were";

    /// <summary>"dev", "dev and sam", "dev, sam, and lena".</summary>
    public static string List(IEnumerable<string> items, CultureInfo? culture = null) =>
        Configurator.CollectionFormatters.ResolveForCulture(culture ?? English).Humanize(items.ToList());

    /// <summary>
    /// A list of message pieces (mentions, bold numbers) joined with the language's separators: each piece is added by
    /// <paramref name="addItem"/> and each separator by <paramref name="addSeparator"/>, so styled text survives the join.
    /// </summary>
    public static void List<T>(IReadOnlyList<T> items, Action<T> addItem, Action<string> addSeparator, CultureInfo? culture = null)
    {
        var placeholders = Enumerable.Range(0, items.Count).Select(i => $"{Marker}{i}{Marker}");
        var joined = List(placeholders, culture);
        foreach (var piece in PlaceholderSplit().Split(joined))
        {
            if (piece.Length == 0)
            {
                continue;
            }

            if (piece[0] == Marker)
            {
                addItem(items[int.Parse(piece.AsSpan(1, piece.Length - 2), CultureInfo.InvariantCulture)]);
            }
            else
            {
                addSeparator(piece);
            }
        }
    }

    /// <summary>
    /// A value a person typed, to be quoted inside a sentence: its own closing punctuation is dropped, so the sentence
    /// doesn't end twice ("I don't know the time zone "Berlin"." rather than "Berlin.".").
    /// </summary>
    public static string Quoted(string value) => value.TrimEnd().TrimEnd('.', '!', '?', ',', ';', ':', '…').TrimEnd();

    [GeneratedRegex("(\u0001[0-9]+\u0001)")]
    private static partial Regex PlaceholderSplit();
}
