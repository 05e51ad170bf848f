using CareBot.Core.Platforms;

namespace CareBot.Simulation.Community;

/// <summary>
/// One simulated person as the community was made: what they offer and how they live. Fixed for the whole comparison,
/// so every policy meets the same people; what happens to them in a run is kept apart (see MemberState). The engine
/// knows them only by what they type.
/// </summary>
internal sealed class SimMember
{
    public required int Index { get; init; }

    public required PlatformUser User { get; init; }

    /// <summary>The categories they mean to offer help in, and the words they offer it with.</summary>
    public required IReadOnlyList<(string Category, string Text)> Offers { get; init; }

    /// <summary>Their quiet hours (/me quiet), which they also sleep through; null if they set none.</summary>
    public required (int Start, int End)? QuietHours { get; init; }

    /// <summary>The cap they set with /me cap; null if they keep the default.</summary>
    public required int? Cap { get; init; }

    /// <summary>How willing they are to take on a well-fitting request at a good moment (see the model).</summary>
    public required double Willingness { get; init; }

    public required bool Works { get; init; }

    /// <summary>Requests a week they take before overload starts.</summary>
    public required int Tolerance { get; init; }

    /// <summary>How often they ask, relative to others; 0 for someone who never does.</summary>
    public required double AskingWeight { get; init; }

    public bool OffersAnything => Offers.Count > 0;

    public IEnumerable<string> OfferedCategories => Offers.Select(o => o.Category);
}
