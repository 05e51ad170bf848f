using CareBot.Core.Communities;
using CareBot.Core.Platforms;
using CareBot.Simulation.Model;
using MathNet.Numerics.Distributions;

namespace CareBot.Simulation.Community;

/// <summary>Makes a community from a seed: the same seed, model and size always give the same people, needs and breaks.</summary>
internal static class CommunityGenerator
{
    /// <summary>A Monday at midnight, UTC (the group's time zone): weeks in the results start on Mondays.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Names = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kemal", "Lena"];

    public static SimCommunity Generate(SimulationModel model, int members, int days, int seed)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, members).Select(i => Member(model, i, random)).ToList();
        var needs = Needs(model, people, days, random);
        var breaks = Breaks(model, people, days, random);
        return new SimCommunity(people, needs, breaks, Start, days);
    }

    private static SimMember Member(SimulationModel model, int index, Random random)
    {
        var offers = new List<(string, string)>();
        if (random.NextDouble() < model.OfferingShare)
        {
            var count = 1 + Pick(random, model.OffersPerOffererWeights);
            var categories = model.OfferCategoryWeights.Keys.ToList();
            var weights = model.OfferCategoryWeights.Values.ToList();
            while (offers.Count < count && categories.Count > 0)
            {
                var at = Pick(random, weights);
                var category = categories[at];
                var phrases = OfferPhrases.ByCategory[category];
                offers.Add((category, phrases[random.Next(phrases.Length)]));
                categories.RemoveAt(at);
                weights.RemoveAt(at);
            }
        }

        (int, int)? quiet = null;
        if (random.NextDouble() < model.QuietHoursShare)
        {
            var words = model.QuietHoursChoices[random.Next(model.QuietHoursChoices.Count)].Split('-');
            quiet = (int.Parse(words[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        int? cap = Pick(random, model.CapWeights) switch
        {
            0 => 1,
            2 => 3,
            _ => null,
        };

        return new SimMember
        {
            Index = index,
            User = new PlatformUser(new UserRef(KnownPlatforms.Console, $"m{index}"), $"{Names[index % Names.Length]} {index}"),
            Offers = offers,
            QuietHours = quiet,
            Cap = cap,
            Willingness = Beta.Sample(random, model.WillingnessAlpha, model.WillingnessBeta),
            Works = random.NextDouble() < model.WorkingShare,
            Tolerance = random.Next(model.ToleranceMinPerWeek, model.ToleranceMaxPerWeek + 1),
            AskingWeight = random.NextDouble() < model.AskingShare ? LogNormal.Sample(random, 0, model.AskingSpreadSigma) : 0,
        };
    }

    private static List<PlannedNeed> Needs(SimulationModel model, IReadOnlyList<SimMember> people, int days, Random random)
    {
        var askers = people.Where(p => p.AskingWeight > 0).ToList();
        var askerWeights = askers.Select(p => p.AskingWeight).ToList();
        var categories = model.NeedCategoryWeights.Keys.ToList();
        var categoryWeights = model.NeedCategoryWeights.Values.ToList();
        var expiryDays = new Agreements().NeedExpiryDays;
        var needs = new List<PlannedNeed>();
        for (var day = 0; day < days && askers.Count > 0; day++)
        {
            var count = Poisson.Sample(random, model.NeedsPerMemberPerDay * people.Count);
            for (var i = 0; i < count; i++)
            {
                var requester = askers[Pick(random, askerWeights)];
                var category = categories[Pick(random, categoryWeights)];
                var phrases = NeedPhrases.ByCategory[category];
                var postAt = Start.AddDays(day).AddHours(Pick(random, model.PostingHourWeights)).AddMinutes(random.Next(60));
                var urgency = Urgency(model, random);
                var today = DateOnly.FromDateTime(postAt.UtcDateTime);
                DateOnly? by = urgency switch
                {
                    Community.Urgency.Urgent => today.AddDays(1),
                    Community.Urgency.Soon => today.AddDays(random.Next(3, 8)),
                    _ => null,
                };
                var deadline = by is { } date ? new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : postAt.AddDays(expiryDays);
                needs.Add(new PlannedNeed(requester.Index, category, phrases[random.Next(phrases.Length)], postAt, urgency, by, deadline));
            }
        }

        return [.. needs.OrderBy(n => n.PostAt)];
    }

    private static List<PlannedBreak> Breaks(SimulationModel model, IReadOnlyList<SimMember> people, int days, Random random)
    {
        var breaks = new List<PlannedBreak>();
        foreach (var person in people)
        {
            for (var at = Start.AddDays(Exponential.Sample(random, 1 / model.DaysBetweenLifeBreaks)); at < Start.AddDays(days);
                 at = at.AddDays(Exponential.Sample(random, 1 / model.DaysBetweenLifeBreaks)))
            {
                var length = random.Next(model.LifeBreakDaysMin, model.LifeBreakDaysMax + 1);
                breaks.Add(new PlannedBreak(person.Index, at, length));
                at = at.AddDays(length);
            }
        }

        return [.. breaks.OrderBy(b => b.At).ThenBy(b => b.MemberIndex)];
    }

    private static Urgency Urgency(SimulationModel model, Random random)
    {
        var draw = random.NextDouble();
        return draw < model.UrgentShare ? Community.Urgency.Urgent
            : draw < model.UrgentShare + model.SoonShare ? Community.Urgency.Soon
            : Community.Urgency.Flexible;
    }

    /// <summary>An index drawn with the given (not necessarily normalised) weights.</summary>
    private static int Pick(Random random, IReadOnlyList<double> weights) => Categorical.Sample(random, [.. weights]);
}
