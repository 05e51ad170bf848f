using CareBot.Core.Categories;
using CareBot.Core.Needs;

namespace CareBot.Core.Tests.Support;

/// <summary>Builds a <see cref="Need"/> for tests of its own rules: #7, asked by member 1, open, unless told otherwise.</summary>
internal sealed class NeedBuilder
{
    public const int Requester = 1;
    public static readonly DateTimeOffset CreatedAt = EngineHarness.Start;

    private const string Text = "a ride to the clinic";
    private bool _anonymous;
    private int _helpersWanted = 1;
    private readonly List<int> _claimedBy = [];

    public NeedBuilder Anonymous()
    {
        _anonymous = true;
        return this;
    }

    public NeedBuilder Wanting(int helpers)
    {
        _helpersWanted = helpers;
        return this;
    }

    public NeedBuilder ClaimedBy(params int[] helpers)
    {
        _claimedBy.AddRange(helpers);
        return this;
    }

    public Need Build()
    {
        var draft = new NeedDraft(Text, CategoryCatalog.Default.Analyze(Text), _anonymous, null, null, _helpersWanted);
        var need = new Need(communityId: 1, number: 7, Requester, draft, CreatedAt, expiryDays: 14, stillNeededDays: 3);
        foreach (var helper in _claimedBy)
        {
            Assert.Null(need.Claim(helper, CreatedAt.AddHours(1)));
        }

        return need;
    }
}
