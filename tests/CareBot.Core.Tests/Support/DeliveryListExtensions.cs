namespace CareBot.Core.Tests.Support;

/// <summary>Reading a batch of deliveries the way a test asks about it: what did Bob get, what did the group see.</summary>
internal static class DeliveryListExtensions
{
    public static IReadOnlyList<Delivery> To(this IEnumerable<Delivery> deliveries, string person) =>
        [.. deliveries.Where(d => d.IsTo(person))];

    public static IReadOnlyList<Delivery> InGroup(this IEnumerable<Delivery> deliveries, string group = EngineHarness.Group) =>
        [.. deliveries.Where(d => d.IsInGroup(group))];

    /// <summary>The private requests for help ("could use a hand", with "I can help" and "Not this time").</summary>
    public static IReadOnlyList<Delivery> Asks(this IEnumerable<Delivery> deliveries) =>
        [.. deliveries.Where(d => d.IsPrivate && d.Buttons.Any(b => b.Command.StartsWith("/pass ", StringComparison.Ordinal))
            && d.Text.Contains("could use a hand", StringComparison.Ordinal))];

    public static IReadOnlyList<string> AskedPeople(this IEnumerable<Delivery> deliveries) =>
        [.. deliveries.Asks().Select(d => d.To)];

    public static string Describe(this IEnumerable<Delivery> deliveries) => string.Join("\n", deliveries);
}
