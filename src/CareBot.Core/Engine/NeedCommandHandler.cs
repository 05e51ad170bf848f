using CareBot.Core.Needs;

namespace CareBot.Core.Engine;

/// <summary>
/// A command about one need, named by its number (<c>/claim 12</c>, <c>/done #12 thanks!</c>): finding the need,
/// and the answer when there is none, are the same for all of them.
/// </summary>
internal abstract class NeedCommandHandler : CommandHandler
{
    public sealed override Problem? Handle(CommandContext ctx)
    {
        var found = NeedNumbers.Find(ctx, ctx.Arguments, Name);
        return found.IsSuccess ? AnonymousNeeds.Guard(ctx, found.Value, "/" + Name, () => Handle(ctx, found.Value)) : found.Problem;
    }

    protected abstract Problem? Handle(CommandContext ctx, Need need);
}
