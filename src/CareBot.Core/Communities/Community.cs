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

    public void ReplaceAgreements(Agreements agreements) => Agreements = agreements;
}
