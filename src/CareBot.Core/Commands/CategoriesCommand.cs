using System.Globalization;
using CareBot.Core.Categories;
using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Needs;

namespace CareBot.Core.Commands;

/// <summary>
/// /categories offer|need n [categories]: the owner corrects the categories understood from an offer's or a need's
/// text, or, with no list, sees them with a toggle button each. A corrected offer is indexed anew and hears about the
/// open needs it now fits; a corrected open need asks the members it now fits who were not asked yet.
/// </summary>
internal sealed class CategoriesCommand : CommandHandler
{
    public override string Name => "categories";

    public override string Usage => "/categories offer|need <number> [categories]";

    public override string Summary => "correct the categories I understood for your offer or need";

    public override Problem? Handle(CommandContext ctx)
    {
        var parts = ctx.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var kind = parts.Length > 0 ? parts[0].ToLowerInvariant() : "";
        if (parts.Length < 2 || kind is not ("offer" or "need"))
        {
            return UsageProblem("Which offer or need? For example: /categories need 12 pets, or /categories offer 3 transport, meals.");
        }

        var list = parts.Length == 3 ? parts[2].Trim() : "";
        return kind == "need" ? ForNeed(ctx, parts[1], list) : ForOffer(ctx, parts[1], list);
    }

    private static Problem? ForNeed(CommandContext ctx, string number, string list)
    {
        var found = NeedNumbers.Find(ctx, number, "categories need");
        return found.IsSuccess ? AnonymousNeeds.Guard(ctx, found.Value, "/categories need", () => ForNeed(ctx, found.Value, list)) : found.Problem;
    }

    private static Problem? ForNeed(CommandContext ctx, Need need, string list)
    {
        var target = $"need {need.Number}";
        if (need.RecategorizeRefusal(ctx.Actor.Id) is { } refusal)
        {
            return refusal;
        }

        var heading = new MessageBuilder().Bold($"#{need.Number}");
        if (list.Length == 0)
        {
            Show(ctx, heading.Add(" is understood as: "), target, need.Categories);
            return null;
        }

        var edit = Edit(ctx, list, target);
        if (!edit.IsSuccess)
        {
            return edit.Problem;
        }

        var before = CommunityContext.ActiveHelpers(need);
        var problem = need.Recategorize(ctx.Actor.Id, edit.Value.ApplyTo(need.Categories));
        if (problem is not null)
        {
            return problem;
        }

        ctx.Save(need, before);
        var asked = need.State == NeedState.Open ? AskAgain(ctx, need) : "";
        Show(ctx, heading.Add(" is now understood as: "), target, need.Categories, asked);
        return null;
    }

    private static Problem? ForOffer(CommandContext ctx, string number, string list)
    {
        if (!int.TryParse(number.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return new Problem($"\"{NeedCards.Clip(number, 20)}\" isn't an offer number. /offers shows yours, like /categories offer 3.");
        }

        var offer = ctx.Set.Offer(id) ?? ctx.Session.Offers.Get(id);
        if (offer is null || offer.CommunityId != ctx.Community.Id)
        {
            return new Problem($"There's no offer no. {id} in {ctx.Community.Name}. /offers shows yours.");
        }

        var target = $"offer {offer.Id}";
        if (offer.RecategorizeRefusal(ctx.Actor.Id) is { } refusal)
        {
            return refusal;
        }

        var heading = new MessageBuilder().Add("Your offer ").Bold($"no. {offer.Id}").Add(" (").Quote(NeedCards.Clip(offer.Text, 60)).Add(")");
        if (list.Length == 0)
        {
            Show(ctx, heading.Add(" is understood as: "), target, offer.Categories);
            return null;
        }

        var edit = Edit(ctx, list, target);
        if (!edit.IsSuccess)
        {
            return edit.Problem;
        }

        var problem = ctx.Recategorize(offer, ctx.Actor.Id, edit.Value.ApplyTo(offer.Categories));
        if (problem is not null)
        {
            return problem;
        }

        Show(ctx, heading.Add(" is now understood as: "), target, offer.Categories);
        OfferMatches.TellOfferer(ctx, offer, "These open needs fit your offer now:");
        return null;
    }

    private static Result<CategoryEdit> Edit(CommandContext ctx, string list, string target)
    {
        var edit = CategoryEdit.Parse(list, ctx.Catalog.All(ctx.Agreements.Language));
        return edit.IsSuccess ? edit : new Problem($"{edit.Problem.Message} For example: /categories {target} transport, pets.");
    }

    /// <summary>
    /// Asks the members the corrected need now fits, never anyone asked before or who passed (the matcher leaves them
    /// out). The wave is topped up, not repeated: members asked and still to answer count towards it, so pressing
    /// several toggles in a row doesn't ask a crowd.
    /// </summary>
    private static string AskAgain(CommandContext ctx, Need need)
    {
        var awaiting = need.AskedIds.Count(id => !need.HasPassed(id) && !need.IsHelper(id) && ctx.Set.Member(id) is not null);
        var size = ctx.Agreements.FirstWaveSize - awaiting;
        if (size <= 0)
        {
            return "The members already asked haven't all answered yet; the next round of asking goes by these categories.";
        }

        return NeedAsker.AskWave(ctx, need, size) switch
        {
            0 when need.CandidatesExhausted => "Nobody new has an offer that fits it yet; it stays in /needs and I'll tell new offers that fit.",
            0 => "The members whose offers fit can't be asked right now; I'll ask them as soon as they can be.",
            1 => "I've privately asked 1 more member whose offer fits.",
            var asked => $"I've privately asked {asked} more members whose offers fit.",
        };
    }

    private static void Show(CommandContext ctx, MessageBuilder heading, string target, IReadOnlyList<string> chosen, string note = "")
    {
        heading.Add(NeedCards.Categories(ctx, chosen) + ".").Line();
        if (note.Length > 0)
        {
            heading.Line(note);
        }

        ctx.ReplyPrivately(CategoryCards.Toggles(heading, ctx, target, chosen).Build());
    }
}
