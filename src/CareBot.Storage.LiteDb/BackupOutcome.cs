namespace CareBot.Storage.LiteDb;

/// <summary>What a backup did: how many records the verified copy holds, or, as one line for a person, why there is no copy.</summary>
public sealed record BackupOutcome(long Records, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static BackupOutcome Failed(string problem) => new(0, DatabaseFile.OneLine(problem));
}
