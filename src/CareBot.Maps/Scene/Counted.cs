using System.Globalization;

namespace CareBot.Maps.Scene;

/// <summary>Numbers as the picture writes them: with thousands separators ("10,000 members"), so big groups read at a glance.</summary>
internal static class Counted
{
    public static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 open need", "2,500 open needs".</summary>
    public static string Of(int count, string one, string many) => $"{Number(count)} {(count == 1 ? one : many)}";
}
