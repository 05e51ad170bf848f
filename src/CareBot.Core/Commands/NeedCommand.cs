using CareBot.Core.Engine;
using CareBot.Core.Messages;
using CareBot.Core.Needs;
using CareBot.Core.Safety;

namespace CareBot.Core.Commands;

/// <summary>
/// /need: posts a need in the group with an "I can help" button and privately asks the best-matched
/// members. Anonymous needs come from the private chat. Words that suggest an emergency are answered
/// privately with the group's emergency numbers first; the person can still post the need after.
/// </summary>
internal sealed class NeedCommand : CommandHandler
{
    public override string Name => "need";

    public override string Usage => "/need <what you need>";

    public override string Summary => "ask the group for help (in a private chat with me: /need anon … to stay anonymous)";

    public override bool ReadsDanger => true;

    public override string? TextToRead(string arguments, DateTimeOffset now)
    {
        var parsed = NeedOptions.Parse(arguments, DateOnly.FromDateTime(now.UtcDateTime));
        return parsed.IsSuccess ? TextRules.Normalize(parsed.Value.TextFrom(arguments)) : null;
    }

    public override Problem? Handle(CommandContext ctx)
    {
        var arguments = ctx.Arguments.Trim();
        switch (arguments.ToLowerInvariant())
        {
            case "post":
                return PostDraft(ctx);
            case "drop":
                ctx.Actor.ClearDraft();
                ctx.Save(ctx.Actor);
                ctx.ReplyPrivately(OutgoingMessage.Text("Okay, I haven't posted it. Take care of yourself."));
                return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ctx.Now, ctx.ZoneOf(ctx.Actor)).DateTime);
        var parsed = NeedOptions.Parse(arguments, today);
        var options = parsed.Value ?? NeedOptions.None;

        // Danger is read before anything else is checked: someone in crisis who mistyped an option, or asked
        // anonymously in the group, gets the emergency numbers, not a lesson in syntax.
        var text = TextRules.Normalize(parsed.IsSuccess ? options.TextFrom(arguments) : arguments);
        var profile = TextRules.Check(text, TextRules.MaxNeedOrOfferLength) is null ? ctx.Understand(text) : null;
        if (profile is not null && ctx.Danger(text, profile) is { IsEmergency: true } emergency)
        {
            ctx.Actor.HoldDraft(text, options.Anonymous, options.By, options.Zone, options.HelpersWanted);
            ctx.Save(ctx.Actor);
            ctx.ReplyPrivately(EmergencyAnswer.For(emergency.Kind, ctx.Agreements.EmergencyNotice));
            return null;
        }

        if (!parsed.IsSuccess)
        {
            return parsed.Problem;
        }

        var problem = Validate(ctx, options, text);
        if (problem is not null)
        {
            return problem;
        }

        if (NeedFlood.Refusal(ctx) is { } flood)
        {
            return flood;
        }

        Post(ctx, new NeedDraft(text, profile!, options.Anonymous, options.By, options.Zone, options.HelpersWanted));
        return null;
    }

    private Problem? Validate(CommandContext ctx, NeedOptions options, string text)
    {
        if (options.Anonymous && ctx.SeenByGroup)
        {
            return new Problem(
                "To ask anonymously, send /need anon <what you need> to me in a private chat. " +
                "Here in the group everyone can see who wrote it, so I haven't posted anything.");
        }

        if (text.Length == 0)
        {
            return UsageProblem($"What do you need? {ctx.Agreements.HowToAsk}");
        }

        var problem = TextRules.Check(text, TextRules.MaxNeedOrOfferLength) ?? ZoneOption.Validate(ctx, options.Zone);
        if (problem is not null)
        {
            return problem;
        }

        return TextRules.Words(text).Length < 2
            ? new Problem($"Could you say a little more? {ctx.Agreements.HowToAsk}")
            : null;
    }

    private const string NothingHeld = "There's no held need to post. To ask for something, use /need <what you need>.";

    private static Problem? PostDraft(CommandContext ctx)
    {
        if (ctx.Actor.DraftNeed is not { } text)
        {
            return new Problem(NothingHeld);
        }

        if (ctx.SeenByGroup && ctx.Actor.DraftIsAnonymous)
        {
            // Posted right after her own visible command, an anonymous need would be hers for all to see. The group
            // sees what anyone with nothing held would get; only she learns where it can be posted.
            ctx.Reply(OutgoingMessage.Text(NothingHeld));
            ctx.ReplyPrivately(OutgoingMessage.Text(
                "You asked for your held request to stay anonymous, so I can only post it from here, our private chat: send /need post (or /need drop to let it go)."));
            return null;
        }

        // Refused, the held need stays held (the transaction rolls back) and can be posted once the day has passed.
        if (NeedFlood.Refusal(ctx) is { } flood)
        {
            return flood;
        }

        // The group's zones may have changed while it was held: a zone no longer named is dropped, not refused,
        // so someone who was just given the emergency numbers isn't sent back to retype their need.
        var member = ctx.Actor;
        var zone = ZoneOption.Validate(ctx, member.DraftZone) is null ? member.DraftZone : null;
        var draft = new NeedDraft(
            text, ctx.Understand(text), member.DraftIsAnonymous, member.DraftBy, zone, Math.Max(1, member.DraftHelpersWanted));
        member.ClearDraft();
        ctx.Save(member);
        Post(ctx, draft);
        return null;
    }

    private static void Post(CommandContext ctx, NeedDraft draft)
    {
        var number = ctx.Community.TakeNextNeedNumber();
        ctx.Save(ctx.Community);
        var need = new Need(ctx.Community.Id, number, ctx.Actor.Id, draft, ctx.Now, ctx.Agreements.NeedExpiryDays, ctx.Agreements.StillNeededDays);
        ctx.PostToGroup(NeedCards.GroupPost(ctx, need), [ctx.Actor.Id]);
        var asked = NeedAsker.AskFirstWave(ctx, need, ctx.Agreements.FirstWaveSize);
        ctx.ReplyPrivately(Confirmation(ctx, need, asked));
    }

    private static OutgoingMessage Confirmation(CommandContext ctx, Need need, int asked)
    {
        var builder = new MessageBuilder().Add("Posted ").Bold($"#{need.Number}").Add($" in {ctx.Community.Name}");
        builder.Add(need.IsAnonymous ? " without your name. " : ". ");
        builder.Add(asked switch
        {
            0 when !need.CandidatesExhausted =>
                "The members whose offers fit can't be asked right now (busy, on a break or at today's limit of requests); I'll ask them as soon as they can be.",
            0 => "Nobody's offers match it yet, so I haven't asked anyone privately; everyone can see it in /needs, and I'll tell new offers that fit.",
            1 => "I've privately asked 1 member whose offer fits.",
            _ => $"I've privately asked {asked} members whose offers fit.",
        });
        builder.Line().Add($"The group aims to answer within {ctx.Agreements.ResponseHours} hours. I'll tell you as soon as someone can help.");
        return builder.Line()
            .Button("Cancel it", $"/cancel {need.Number}")
            .Button("Change categories", $"/categories need {need.Number}")
            .Build();
    }
}
