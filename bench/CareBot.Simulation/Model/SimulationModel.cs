using static CareBot.Core.Categories.CategoryIds;

namespace CareBot.Simulation.Model;

/// <summary>
/// Every number the simulated community is made of, in one place, each with where it comes from. Three kinds of
/// source are named: <b>literature</b> (a study whose finding sets the direction and rough size; the figures are
/// recalled, not re-checked against the paper here, which had no network), <b>survey</b> (reports from mutual-aid
/// groups, mostly the UK's 2020 COVID-19 groups), and <b>guess</b> (nothing firmer: a plausible value, to be replaced
/// by what a real CareBot group measures). Most are guesses. The comparison between policies is meant to be robust
/// to them, which is why <c>--sensitivity</c> reruns the comparison with the most influential guesses changed.
/// </summary>
public sealed record SimulationModel
{
    public static SimulationModel Default { get; } = new();

    // ---------------------------------------------------------------------------------------------------------------
    // Who is in the community
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Share of members with at least one offer. Survey: UK COVID-19 mutual-aid groups and NHS Volunteer Responders had
    /// far more people offering than asking (hundreds of thousands signed up, many were never given a task), so most
    /// members of a mutual-aid chat offer something. Two thirds is a guess within that.
    /// </summary>
    public double OfferingShare { get; init; } = 0.65;

    /// <summary>How many offers an offering member makes (1, 2 or 3), as weights. Guess: most people offer one or two things.</summary>
    public IReadOnlyList<double> OffersPerOffererWeights { get; init; } = [0.45, 0.35, 0.20];

    /// <summary>
    /// What people offer, as weights. Survey: the UK groups' volunteers mostly offered shopping and errands, lifts,
    /// phone befriending, cooking and small practical jobs; scarce skills (housing, translation, benefits advice) were
    /// offered by few. The exact split is a guess.
    /// </summary>
    public IReadOnlyDictionary<string, double> OfferCategoryWeights { get; init; } = new Dictionary<string, double>
    {
        [Errands] = 16, [Transport] = 13, [Listening] = 12, [Meals] = 10, [HomeRepair] = 8, [Tech] = 8, [Pets] = 7,
        [Childcare] = 5, [Moving] = 5, [Goods] = 5, [Learning] = 4, [Paperwork] = 3, [Eldercare] = 3, [Health] = 3,
        [Language] = 2, [Money] = 1, [Housing] = 1,
    };

    /// <summary>
    /// Share of members who set quiet hours with /me quiet. Guess: half, since the bot suggests it when people join.
    /// </summary>
    public double QuietHoursShare { get; init; } = 0.5;

    /// <summary>The quiet hours those members choose (/me quiet …), equally likely. Guess: around a night's sleep.</summary>
    public IReadOnlyList<string> QuietHoursChoices { get; init; } = ["22-07", "23-08", "21-07"];

    /// <summary>
    /// Caps members set with /me cap, as weights for 1, the default (they never change it), and 3. Guess: most keep the
    /// default; a few cautious people lower it, a few keen ones raise it.
    /// </summary>
    public IReadOnlyList<double> CapWeights { get; init; } = [0.2, 0.7, 0.1];

    /// <summary>
    /// How willing a member is to take on a well-fitting request that reaches them alone, at a good moment, when not
    /// tired of being asked: Beta(a, b) across members, mean a/(a+b) = 0.40. Literature: smartphone-alerted volunteer
    /// responder schemes (Sweden's SMSlivräddare, Denmark's HeartRunner) report that roughly a quarter to a half of
    /// alerted volunteers accept an alert; people answering a neighbour they chose to offer help to should sit in that
    /// range. The spread (a few who nearly always say yes, many who rarely do) follows the "civic core" finding
    /// (Reed and Selbee 2001: about a third of Canadian adults give about four fifths of volunteer hours). Guess in its exact shape.
    /// </summary>
    public double WillingnessAlpha { get; init; } = 2.0;

    /// <inheritdoc cref="WillingnessAlpha"/>
    public double WillingnessBeta { get; init; } = 3.0;

    /// <summary>
    /// Share of members at work on weekdays 9 to 17, who then read later and take on less. Guess near the employment
    /// rate of adults.
    /// </summary>
    public double WorkingShare { get; init; } = 0.6;

    // ---------------------------------------------------------------------------------------------------------------
    // What the community needs, and when
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Needs posted per member per day: 2.5 a day in a group of 200. Guess: an active neighbourhood group; the UK groups
    /// reported busy first weeks and a few requests a day after. Below this a group barely tests the asking.
    /// </summary>
    public double NeedsPerMemberPerDay { get; init; } = 0.0125;

    /// <summary>Share of members who ever ask. Guess: most needs come from a minority, as in every survey of informal help.</summary>
    public double AskingShare { get; init; } = 0.6;

    /// <summary>
    /// Spread of how often askers ask: log-normal weights with this sigma, so a few members in hardship ask often. Guess.
    /// </summary>
    public double AskingSpreadSigma { get; init; } = 0.8;

    /// <summary>
    /// What people ask for, as weights. Survey: in the UK groups shopping and prescription collection were the most
    /// common requests by far, then befriending calls, then lifts, meals and small jobs. The split is a guess.
    /// </summary>
    public IReadOnlyDictionary<string, double> NeedCategoryWeights { get; init; } = new Dictionary<string, double>
    {
        [Errands] = 20, [Transport] = 12, [Meals] = 10, [Listening] = 8, [Health] = 8, [HomeRepair] = 7, [Pets] = 5,
        [Childcare] = 5, [Tech] = 5, [Paperwork] = 4, [Goods] = 4, [Moving] = 3, [Eldercare] = 3, [Language] = 2,
        [Money] = 2, [Learning] = 1, [Housing] = 1,
    };

    /// <summary>
    /// Hour of day (UTC, the group's time) a need is posted, as weights for 0 to 23. Guess, shaped like messaging traffic:
    /// little at night, a morning rise and an evening peak.
    /// </summary>
    public IReadOnlyList<double> PostingHourWeights { get; init; } =
        [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.0, 2.2, 2.0, 1.8, 1.8, 1.6, 1.5, 1.5, 1.6, 1.8, 2.2, 2.5, 2.5, 2.0, 1.2, 0.6];

    /// <summary>Share of needs due within a day or two ("by tomorrow"). Guess.</summary>
    public double UrgentShare { get; init; } = 0.25;

    /// <summary>Share of needs due in three to seven days ("by friday"). Guess; the rest carry no date and stay open until expiry.</summary>
    public double SoonShare { get; init; } = 0.45;

    /// <summary>
    /// Once someone has taken a need on, how many hours until the help happens (uniform), never after its deadline.
    /// Guess: same day to two days later.
    /// </summary>
    public double HelpAfterHoursMin { get; init; } = 2;

    /// <inheritdoc cref="HelpAfterHoursMin"/>
    public double HelpAfterHoursMax { get; init; } = 48;

    /// <summary>Share of commitments the helper has to give up ("I can't after all"). Guess.</summary>
    public double FallThroughShare { get; init; } = 0.05;

    // ---------------------------------------------------------------------------------------------------------------
    // How people answer a private request
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Median minutes from a request arriving to its being read while awake and free; log-normal with
    /// <see cref="ReadDelaySigma"/>. Literature: Pielot et al. 2014 (an in-situ study of phone notifications) found most
    /// messenger notifications attended to within minutes, other kinds much later; a bot's request is somewhere between. Guess.
    /// </summary>
    public double ReadDelayMedianMinutes { get; init; } = 45;

    /// <inheritdoc cref="ReadDelayMedianMinutes"/>
    public double ReadDelaySigma { get; init; } = 1.0;

    /// <summary>
    /// Hours a member without quiet hours of their own sleeps (start, end); members with quiet hours sleep through them.
    /// A request arriving then is read after waking. Guess: a common night.
    /// </summary>
    public int SleepStartHour { get; init; } = 23;

    /// <inheritdoc cref="SleepStartHour"/>
    public int SleepEndHour { get; init; } = 7;

    /// <summary>How much later a working member reads during working hours. Guess.</summary>
    public double ReadDelayAtWorkFactor { get; init; } = 3;

    /// <summary>
    /// How likely someone is to take on a need their offer only loosely fits (asked because of a second category or
    /// close words), relative to one that fits what they offered. Guess.
    /// </summary>
    public double LooseFitFactor { get; init; } = 0.4;

    /// <summary>
    /// Willingness read at work (weekday 9–17, for working members) and late in the evening (after 21), relative to other
    /// waking hours. Literature: receptivity to notifications depends on the moment (Mehrotra et al. 2016, "My phone and
    /// me"; Pielot et al. 2017, "Beyond interruptibility"); the sizes are guesses.
    /// </summary>
    public double AtWorkFactor { get; init; } = 0.7;

    /// <inheritdoc cref="AtWorkFactor"/>
    public double LateEveningFactor { get; init; } = 0.8;

    /// <summary>Willingness while already helping with something, relative to having nothing on. Guess.</summary>
    public double BusyFactor { get; init; } = 0.6;

    /// <summary>
    /// Requests in the last seven days a member takes without any tiredness. Fatigue starts after these. Guess.
    /// </summary>
    public int FreeAsksPerWeek { get; init; } = 2;

    /// <summary>
    /// How much each request beyond <see cref="FreeAsksPerWeek"/> in the last seven days lowers willingness
    /// (multiplicatively). Literature: Ancker et al. 2017 (BMC Medical Informatics and Decision Making) found clinicians
    /// about 30 % less likely to accept an alert with each repeated alert for the same patient; people asked for favours
    /// by a bot are gentler than clinicians with alerts, so half that. Guess in its size.
    /// </summary>
    public double FatiguePerExtraAsk { get; init; } = 0.15;

    /// <summary>Willingness when asked again within this many hours of the last request, relative to otherwise. Guess.</summary>
    public double RecentAskHours { get; init; } = 12;

    /// <inheritdoc cref="RecentAskHours"/>
    public double RecentAskFactor { get; init; } = 0.8;

    /// <summary>
    /// Diffusion of responsibility: willingness is divided by 1 + this × ln(people asked together). Literature: Barron and
    /// Yechiam 2002 (private e-mail requests and the diffusion of responsibility) and Blair, Thompson and Wuensch 2005
    /// (electronic helping behaviour) found a request sent to one person answered more often and more helpfully than the
    /// same request sent to several; Markey 2000 found help in chat rooms slower the more people were present. With 0.3,
    /// a request to 3 keeps 75 % of the willingness of one to 1, a broadcast to 30 about 50 %. Size is a guess.
    /// </summary>
    public double DiffusionStrength { get; init; } = 0.3;

    /// <summary>
    /// Of those who don't take a request on, the share who press "Not this time" rather than let it lie. Guess: most
    /// people let a message they won't act on sit.
    /// </summary>
    public double PassShare { get; init; } = 0.3;

    /// <summary>
    /// Chance that a member whose offer fits notices a need's post in the group chat and considers it (on top of any
    /// private request). Guess: group chats are skimmed; with the diffusion of responsibility of the whole group.
    /// </summary>
    public double GroupPostNoticeChance { get; init; } = 0.15;

    // ---------------------------------------------------------------------------------------------------------------
    // Breaks and drifting away
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Requests a week a member tolerates before overload starts, drawn uniformly between these. Guess; app-notification
    /// surveys name "too many notifications" as the first reason people turn them off or leave.
    /// </summary>
    public int ToleranceMinPerWeek { get; init; } = 3;

    /// <inheritdoc cref="ToleranceMinPerWeek"/>
    public int ToleranceMaxPerWeek { get; init; } = 8;

    /// <summary>With each request beyond their tolerance, the chance a member takes a week off (/pause 7). Guess.</summary>
    public double OverloadBreakChance { get; init; } = 0.10;

    /// <summary>
    /// With each request beyond their tolerance, the chance a member drifts away for good (/pause with no end, and no
    /// more answers). Guess, kept small: drifting is rarer than a break, but it does not come back.
    /// </summary>
    public double DriftChancePerExcessAsk { get; init; } = 0.03;

    /// <summary>Breaks for ordinary reasons (holidays, illness): about one in this many days per member. Guess.</summary>
    public double DaysBetweenLifeBreaks { get; init; } = 120;

    /// <summary>How long an ordinary break lasts, in days, uniformly between these. Guess.</summary>
    public int LifeBreakDaysMin { get; init; } = 5;

    /// <inheritdoc cref="LifeBreakDaysMin"/>
    public int LifeBreakDaysMax { get; init; } = 14;

    // ---------------------------------------------------------------------------------------------------------------
    // How finely time is simulated (not behaviour)
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// How often the engine's rhythms are run, as a host's timer would run them; every member action also happens at its
    /// own exact moment. A quarter of an hour keeps waves and quiet-hour releases within 15 minutes of their time.
    /// </summary>
    public TimeSpan RhythmStep { get; init; } = TimeSpan.FromMinutes(15);
}
