using CareBot.Core.Members;

namespace CareBot.Core.Matching;

/// <summary>A member who could be asked about a need, with what puts them ahead of others.</summary>
internal sealed record MatchCandidate(Member Member, int Relevance, bool SameZone, int RecentHelps);
