using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Members;

/// <summary>
/// "Erased means erased": after /forget, nothing a member gave CareBot can be read back from the database's files
/// with <c>grep -a</c>, not from the data file, not from freed pages, not from the log; and the bot carries on.
/// </summary>
public sealed class ErasureOnDiskTests : IDisposable
{
    private static readonly PlatformUser Zaneta = new(new UserRef(KnownPlatforms.Console, "uid-58213377"), "Żaneta Quillfeather");

    /// <summary>The name the platform shows for her later, as a username would be.</summary>
    private static readonly PlatformUser ZanetaRenamed = Zaneta with { DisplayName = "zaneta_quillpen" };

    /// <summary>Everything she typed or is known by, and the unusual words in it (kept as lower-case keyword stems too).</summary>
    private static readonly string[] HerValues =
    [
        "uid-58213377", "Żaneta Quillfeather", "aneta Quillfeather", "zaneta_quillpen",
        "xylophone lessons for periwinkle children", "xyloph", "periwi",
        "marmoset sitting at weekends", "marmos", "quarrybank",
        "a lift to the clinic for my grandmother Ottoline", "ottoli",
        "help reading a letter from the Pemberton housing office", "pember",
        "someone to fix the banister on Gwendolyn street", "banist", "gwendo",
        "thank you for the marvellous banister", "marvel",
        "a ride to the Fothergill library", "fother",
        "my neighbour Quimby isn't breathing", "quimby",
        "cheers Żaneta Quillfeather you star",
    ];

    private readonly DatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task After_forget_nothing_she_gave_is_left_in_any_database_file_and_the_bot_carries_on()
    {
        using var h = new EngineHarness(databaseFile: _folder.Database);
        await ZanetaGivesEverything(h);

        // LiteDB writes committed pages from a background queue; a checkpoint waits for it, so the files hold them all.
        h.Checkpoint();
        Assert.Equal(HerValues, HerValues.Where(value => _folder.Find([value]).Count > 0));

        Assert.True((await h.Dm(Zaneta, "/forget confirm")).Succeeded);
        var goodbye = Assert.Single(h.Delivered(), d => d.To == Zaneta.Ref.UserId);

        Assert.Contains("I've erased your data", goodbye.Text, StringComparison.Ordinal);
        Assert.Empty(_folder.Find(HerValues));
        Assert.NotEmpty(_folder.Find([People.IdOf("bob"), "a lift to the airport"]));
        Assert.True((await h.Say("bob", "/need someone to water my plants")).Succeeded);
        Assert.Contains(h.Delivered(), d => d.IsInGroup() && d.Text.Contains("someone to water my plants", StringComparison.Ordinal));
        Assert.Equal(Core.Needs.NeedState.Open, h.Need(6).State);
    }

    [Fact]
    public async Task A_goodbye_that_cannot_be_delivered_is_not_kept_with_her_address()
    {
        using var h = new EngineHarness(databaseFile: _folder.Database);
        await ZanetaGivesEverything(h);
        await h.Dm(Zaneta, "/forget confirm");
        var goodbye = h.Engine.Outbox.Due(KnownPlatforms.Console, 100).Single(m => m.Destination.ChatId == Zaneta.Ref.UserId);

        await h.Engine.Outbox.HoldUntilReachableAsync(goodbye.Id, "the person has not started a chat", CancellationToken.None);

        Assert.Empty(_folder.Find(HerValues));
        Assert.DoesNotContain(h.Delivered(), d => d.To == Zaneta.Ref.UserId || d.Text.Contains("private message for you", StringComparison.Ordinal));
    }

    /// <summary>
    /// Żaneta offers twice (once with a zone), sets her zone, asks for help four ways (open, anonymous, done with her
    /// thanks, cancelled with a date and a zone), helps Bob (who thanks her by name) and Carol (still helping), has a
    /// need held back as an emergency, shows up under a new name, and asks for her export; some of what the bot
    /// answered is delivered, the rest still waits in the outbox.
    /// </summary>
    private static async Task ZanetaGivesEverything(EngineHarness h)
    {
        // She gives everything in one go: more commands in a minute than the group's usual limit allows.
        await h.Agree("commands-per-minute", "60");
        await h.Join("bob", "carol");
        await Accept(h.Say(Zaneta, "/offer xylophone lessons for periwinkle children"));
        await Accept(h.Say(Zaneta, "/offer zone quarrybank marmoset sitting at weekends"));
        await Accept(h.Say(Zaneta, "/me zone quarrybank"));
        await Accept(h.Say(Zaneta, "/need a lift to the clinic for my grandmother Ottoline"));
        await Accept(h.Dm(Zaneta, "/need anon help reading a letter from the Pemberton housing office"));
        await Accept(h.Say(Zaneta, "/need someone to fix the banister on Gwendolyn street"));
        await Accept(h.Say("bob", "/claim 3"));
        await Accept(h.Say(Zaneta, "/done 3 thank you for the marvellous banister"));
        h.Delivered();
        await Accept(h.Say(Zaneta, "/need by 2026-12-24 zone quarrybank a ride to the Fothergill library"));
        await Accept(h.Say(Zaneta, "/cancel 4"));
        await Accept(h.Say("bob", "/need a lift to the airport"));
        await Accept(h.Say(Zaneta, "/claim 5"));
        await Accept(h.Say("bob", "/done 5 cheers Żaneta Quillfeather you star"));
        await Accept(h.Say("carol", "/need a ride to the clinic"));
        await Accept(h.Say(Zaneta, "/claim 6"));
        h.Delivered();
        await Accept(h.Say(Zaneta, "/need my neighbour Quimby isn't breathing"));
        await Accept(h.Say(ZanetaRenamed, "/export"));
        Assert.Contains("Quimby", h.Store.Read(s => s.Members.FindByIdentity(Zaneta.Ref).Single().DraftNeed), StringComparison.Ordinal);
    }

    private static async Task Accept(Task<EngineResult> command)
    {
        var result = await command;
        Assert.True(result.Succeeded, result.Problem?.Message);
    }
}
