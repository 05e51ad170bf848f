using System.Globalization;
using CareBot.Core.Linking;
using CareBot.Core.Needs;

namespace CareBot.Core.Engine;

/// <summary>Reads "12" or "#12" and finds that need in the context's community.</summary>
internal static class NeedNumbers
{
    public static Result<Need> Find(CommandContext ctx, string argument, string command)
    {
        var word = argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (word.Length == 0)
        {
            return Result<Need>.Fail($"Which need? Give its number, like /{command} 12.");
        }

        if (!TryParse(word, out var number))
        {
            return Result<Need>.Fail($"\"{NeedCards.Clip(word, 20)}\" isn't a need number. Use the number shown with the need, like /{command} 12.");
        }

        // A button sent before its group was linked into this community carries the old community and the old number.
        if (ctx.Inbound.CommunityHint is { } hint && hint != ctx.Community.Id
            && CommunityAliases.Resolve(ctx.Session, hint) is { } alias && alias.CommunityId == ctx.Community.Id)
        {
            number += alias.NumberOffset;
        }

        var need = ctx.Session.Needs.FindByNumber(ctx.Community.Id, number);
        return need is null
            ? Result<Need>.Fail($"There's no need #{number} in {ctx.Community.Name}. /needs lists the open ones.")
            : Result<Need>.Ok(need);
    }

    /// <summary>The text after the number, e.g. the thank-you in "/done 12 thank you!".</summary>
    public static string Rest(string argument)
    {
        var parts = argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts[1].Trim() : "";
    }

    public static bool TryParse(string word, out int number) =>
        int.TryParse(word.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
}
