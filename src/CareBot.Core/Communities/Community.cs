namespace CareBot.Core.Communities;

/// <summary>One care network: its agreements, and the counter behind its short need numbers (#12).</summary>
public sealed class Community
{
    private Community()
    {
        Name = "";
        Agreements = new Agreements();
    }

    public Community(string name, DateTimeOffset createdAt)
    {
        Name = name;
        CreatedAt = createdAt;
        Agreements = new Agreements();
        NextDigestAt = createdAt.AddDays(7);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public Agreements Agreements { get; private set; }

    public int LastNeedNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the weekly digest is next posted in the group.</summary>
    public DateTimeOffset NextDigestAt { get; private set; }

    public void DigestPosted(DateTimeOffset at) => NextDigestAt = at.AddDays(7);

    /// <summary>Reserves the next short number for a need in this community.</summary>
    public int TakeNextNeedNumber() => ++LastNeedNumber;

    public void Rename(string name) => Name = name;

    /// <summary>
    /// Another community's needs join this one, numbered after this one's: the offset their numbers move by is this
    /// community's last number, and the counter then continues after theirs.
    /// </summary>
    /// <returns>The offset: a need numbered n over there is numbered n + offset here.</returns>
    public int MakeRoomForNumbers(int theirLastNumber)
    {
        var offset = LastNeedNumber;
        LastNeedNumber += theirLastNumber;
        return offset;
    }

    /// <summary>
    /// A community split off from this one (<c>/unlink</c>): the same agreements as now, and a counter that continues
    /// from this one's, since the needs it takes keep their numbers and none may be given twice.
    /// </summary>
    public Community SplitOff(string name, DateTimeOffset at) =>
        new(name, at) { Agreements = Agreements.Copy(), LastNeedNumber = LastNeedNumber };

    public void ReplaceAgreements(Agreements agreements) => Agreements = agreements;
}
