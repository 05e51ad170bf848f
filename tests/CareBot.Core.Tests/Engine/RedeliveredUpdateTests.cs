using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>
/// A platform that pushes updates (a Telegram webhook) may deliver one again: after a crash before it heard "done", or
/// through a balancer's retry to another instance. The update's id is stored with its change, so it is handled once.
/// </summary>
public sealed class RedeliveredUpdateTests
{
    private const int Keep = 16;

    [Fact]
    public async Task A_need_delivered_twice_is_posted_once()
    {
        using var h = new EngineHarness();
        await h.Join("ann");

        var first = await Typed(h, "ann", "/need a lift to the station", updateId: 501);
        var again = await Typed(h, "ann", "/need a lift to the station", updateId: 501);

        Assert.True(first.Succeeded);
        Assert.Same(EngineResult.Ignored, again);
        Assert.Single(h.Delivered(), d => d.Text.Contains("Need #1", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => h.Need(2));
    }

    [Fact]
    public async Task A_refused_command_delivered_twice_is_answered_once()
    {
        using var h = new EngineHarness();
        await h.Join("ann");

        await Typed(h, "ann", "/claim 99", updateId: 7);
        await Typed(h, "ann", "/claim 99", updateId: 7);

        Assert.Single(h.Delivered());
    }

    [Fact]
    public async Task Another_update_of_the_same_chat_is_handled()
    {
        using var h = new EngineHarness();
        await h.Join("ann");

        await Typed(h, "ann", "/need a lift to the station", updateId: 1);
        var second = await Typed(h, "ann", "/need soup on Sunday", updateId: 2);

        Assert.True(second.Succeeded);
        Assert.Contains("soup", h.Need(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_last_sixteen_ids_of_a_chat_are_kept()
    {
        using var h = new EngineHarness();
        await h.Join("ann");

        for (var id = 1; id <= Keep + 4; id++)
        {
            await Typed(h, "ann", "/mine", updateId: id);
        }

        var kept = h.Engine.ReadCursor(Name(EngineHarness.Group))!.Split(' ');
        Assert.Equal(Keep, kept.Length);
        Assert.Equal("5", kept[0]);
        Assert.Equal("20", kept[^1]);
    }

    [Fact]
    public async Task The_stored_name_says_nobodys_id()
    {
        Assert.DoesNotContain(People.IdOf("ann"), CursorNames.RecentUpdates(People.RefOf("ann")), StringComparison.Ordinal);
        Assert.Equal(CursorNames.RecentUpdates(KnownPlatforms.Console, People.IdOf("ann")), CursorNames.RecentUpdates(People.RefOf("ann")));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task After_forget_no_mark_is_left_under_the_persons_private_chat()
    {
        using var h = new EngineHarness();
        await h.Join("ann");
        await PrivatelyTyped(h, "ann", "/mine", updateId: 30);
        Assert.NotNull(h.Engine.ReadCursor(CursorNames.RecentUpdates(People.RefOf("ann"))));

        await PrivatelyTyped(h, "ann", "/forget confirm", updateId: 31);

        Assert.Null(h.Engine.ReadCursor(CursorNames.RecentUpdates(People.RefOf("ann"))));
    }

    private static string Name(string chat) => CursorNames.RecentUpdates(KnownPlatforms.Console, chat);

    private static Task<EngineResult> Typed(EngineHarness h, string person, string text, int updateId) =>
        h.Checked(new Inbound(People.UserOf(person), Conversation.Group(KnownPlatforms.Console, EngineHarness.Group, EngineHarness.Group), text)
        {
            Cursor = Cursor.Recent(Name(EngineHarness.Group), updateId.ToString(System.Globalization.CultureInfo.InvariantCulture), Keep),
        });

    private static Task<EngineResult> PrivatelyTyped(EngineHarness h, string person, string text, int updateId) =>
        h.Checked(new Inbound(People.UserOf(person), Conversation.Direct(KnownPlatforms.Console, People.IdOf(person)), text)
        {
            Cursor = Cursor.Recent(Name(People.IdOf(person)), updateId.ToString(System.Globalization.CultureInfo.InvariantCulture), Keep),
        });
}
