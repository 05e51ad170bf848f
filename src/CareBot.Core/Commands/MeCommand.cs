using System.Globalization;
using CareBot.Core.Engine;
using CareBot.Core.Members;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>
/// /me [zone Z] [cap N] [quiet 22-08] [tz Europe/Berlin] [notify instant|digest|off] [checkins weekly|off] [dm platform|last]:
/// shows my profile, after applying any settings given. All settings are checked before any is saved.
/// </summary>
internal sealed class MeCommand : CommandHandler
{
    public override string Name => "me";

    public override string Usage => "/me [zone Z] [cap N] [quiet 22-08] [tz Europe/Berlin] [notify instant|digest|off] [checkins weekly|off] [dm telegram|discord|last]";

    public override string Summary => "your profile and settings (private)";

    public override Problem? Handle(CommandContext ctx)
    {
        var words = ctx.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length % 2 != 0)
        {
            return UsageProblem($"Settings come in pairs, like /me cap 3.");
        }

        var changes = new List<Action>();
        for (var i = 0; i < words.Length; i += 2)
        {
            var problem = Prepare(ctx, words[i].ToLowerInvariant(), words[i + 1], changes);
            if (problem is not null)
            {
                return problem;
            }
        }

        changes.ForEach(apply => apply());
        if (changes.Count > 0)
        {
            ctx.Save(ctx.Actor);
        }

        ctx.ReplyPrivately(Profile(ctx, ctx.Actor, changes.Count > 0));
        return null;
    }

    private static Problem? Prepare(CommandContext ctx, string key, string value, List<Action> changes)
    {
        var me = ctx.Actor;
        switch (key)
        {
            case "zone":
                var zone = value.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : value.ToLowerInvariant();
                var zoneProblem = ZoneOption.Validate(ctx, zone);
                if (zoneProblem is null)
                {
                    changes.Add(() => me.SetZone(zone));
                }

                return zoneProblem;
            case "cap":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cap) || cap is < 1 or > Member.MaxCap)
                {
                    return new Problem($"Your cap is how many needs you help with at once: a number from 1 to {Member.MaxCap}.");
                }

                changes.Add(() => me.SetCap(cap));
                return null;
            case "quiet":
                if (value.Equals("off", StringComparison.OrdinalIgnoreCase))
                {
                    changes.Add(() => me.SetQuietHours(null));
                    return null;
                }

                if (!QuietHours.TryParse(value, out var quiet))
                {
                    return new Problem("Quiet hours are start-end in 24-hour time, like /me quiet 22-08, or /me quiet off.");
                }

                changes.Add(() => me.SetQuietHours(quiet));
                return null;
            case "tz":
                if (!TimeZones.TryFind(value, out _))
                {
                    return new Problem($"I don't know the time zone \"{Words.Quoted(NeedCards.Clip(value, 40))}\". Use a name like Europe/Berlin.");
                }

                changes.Add(() => me.SetTimeZone(value));
                return null;
            case "notify":
                if (!Enum.TryParse<NotificationMode>(value, ignoreCase: true, out var mode) || int.TryParse(value, out _))
                {
                    return new Problem("Notifications can be instant, digest (once a day, in the evening) or off.");
                }

                changes.Add(() => me.SetNotify(mode));
                return null;
            case "checkins":
                if (!Enum.TryParse<CheckInPreference>(value, ignoreCase: true, out var preference) || int.TryParse(value, out _))
                {
                    return new Problem("Check-ins can be weekly or off.");
                }

                changes.Add(() => me.SetCheckIns(preference, ctx.Now.AddDays(7)));
                return null;
            case "dm":
                return PrepareDirectMessages(me, value, changes);
            default:
                return new Problem($"I don't know the setting \"{Words.Quoted(NeedCards.Clip(key, 20))}\". You can set zone, cap, quiet, tz, notify, checkins and dm.");
        }
    }

    /// <summary>Where private messages go for someone who joined accounts on several platforms (/link): one of them, or the one used last.</summary>
    private static Problem? PrepareDirectMessages(Member me, string value, List<Action> changes)
    {
        var platform = value.ToLowerInvariant();
        if (platform == "last")
        {
            changes.Add(() => me.SendPrivateMessagesTo(null));
            return null;
        }

        if (me.IdentityOn(platform) is null)
        {
            var yours = Words.List(me.Identities.Select(i => i.Platform).Append("last"));
            return new Problem($"Private messages can go to {yours}. /link in a private chat joins an account on another platform.");
        }

        changes.Add(() => me.SendPrivateMessagesTo(platform));
        return null;
    }

    /// <summary>Where private messages go, for someone with accounts on several platforms; nothing for anyone else.</summary>
    private static OutgoingMessage Accounts(Member me) => me.Identities.Count < 2
        ? new OutgoingMessage { Lines = [] }
        : new MessageBuilder()
            .Line($"Accounts: {Words.List(me.Identities.Select(i => i.Platform))} · private messages go to " +
                  (me.DmPlatform ?? $"the one you used last ({me.PrimaryIdentity.Platform})"))
            .Build();

    private static OutgoingMessage Profile(CommandContext ctx, Member me, bool changed)
    {
        var quiet = me.Quiet?.ToString() ?? (ctx.Agreements.DefaultQuietHours is { } group ? $"{group} (the group's)" : "none");
        var builder = new MessageBuilder();
        if (changed)
        {
            builder.Line("Saved.");
        }

        return builder.Bold($"You in {ctx.Community.Name}").Line()
            .Line($"Zone: {me.Zone ?? "not set"}")
            .Line($"Cap: {Words.Count(me.Cap, "need")} at once (helping with {ctx.Set.CommitmentsOf(me.Id)} now)")
            .Line($"Quiet hours: {quiet}, time zone {me.TimeZone ?? ctx.Agreements.TimeZone}")
            .Line($"Notifications: {me.Notify.ToString().ToLowerInvariant()} · check-ins: {me.CheckIns.ToString().ToLowerInvariant()}")
            .Append(Accounts(me))
            .Line(me.IsPaused(ctx.Now)
                ? me.PausedUntil == DateTimeOffset.MaxValue ? "On a break until you /resume." : $"On a break until {me.PausedUntil:yyyy-MM-dd}."
                : "Available for requests.")
            .Italic("Change with e.g. /me zone north cap 3 quiet 22-08 tz Europe/Berlin notify digest checkins weekly").Line()
            .Build();
    }
}
