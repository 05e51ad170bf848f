using System.Text.Json;
using CareBot.Core.Engine;
using CareBot.Core.Messages;

namespace CareBot.Core.Commands;

/// <summary>/export: everything CareBot keeps about the person, in every community, as a JSON file sent privately.</summary>
internal sealed class ExportCommand : CommandHandler
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public override string Name => "export";

    public override string Usage => "/export";

    public override string Summary => "your data as a file (private)";

    public override bool SpansCommunities => true;

    public override Problem? Handle(CommandContext ctx)
    {
        var communities = ctx.Memberships
            .Select(set => (Set: set, Member: set.MemberFor(ctx.Inbound.From.Ref)))
            .Where(pair => pair.Member is not null)
            .Select(pair => ExportDocument.Describe(ctx.Session, pair.Set, pair.Member!))
            .ToList();
        var document = new { exportedAt = ctx.Now, communities };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, Json);
        ctx.ReplyPrivately(new MessageBuilder()
            .Line("Here is everything I keep about you, as a JSON file. /forget erases it.")
            .Attach(new Attachment($"carebot-export-{ctx.Now:yyyyMMdd}.json", "application/json", bytes))
            .Build());
        return null;
    }
}
