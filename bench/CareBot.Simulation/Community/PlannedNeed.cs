namespace CareBot.Simulation.Community;

/// <summary>
/// A need a member will post: who, what (its category and words), when, and by when it must be met. The "by" date is
/// what the requester types; <see cref="Deadline"/> is the moment after which help no longer helps.
/// </summary>
internal sealed record PlannedNeed(int RequesterIndex, string Category, string Text, DateTimeOffset PostAt, Urgency Urgency, DateOnly? By, DateTimeOffset Deadline)
{
    /// <summary>The command as the requester types it: <c>/need by 2026-01-07 a ride to the station</c>.</summary>
    public string Command => By is { } by ? $"/need by {by:yyyy-MM-dd} {Text}" : $"/need {Text}";
}
