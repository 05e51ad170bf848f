namespace CareBot.Storage.PostgreSql;

/// <summary>What a copy into PostgreSQL did: the documents per collection, how many were compared, or why it stopped.</summary>
/// <param name="Copied">Documents copied, per collection, in the order they were copied.</param>
/// <param name="Compared">Documents read back and compared field by field with their source.</param>
/// <param name="Problem">Why the copy was refused, failed or did not check out, as one line; null when it succeeded.</param>
public sealed record ImportOutcome(IReadOnlyList<(string Collection, int Count)> Copied, int Compared, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static ImportOutcome Refused(string problem) => new([], 0, problem);
}
