using CareBot.Core.Engine;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Engine;

/// <summary>
/// A member whose direct messages are closed (Discord's 50007): what waits for them is held, nobody in the group hears
/// of it, and the next command they use tries it again and tells them once, privately, how to let it through.
/// </summary>
public sealed class WaitingNoticeTests
{
    private const string NoticeWords = "I have a private message for you";

    [Fact]
    public async Task Nothing_is_posted_in_the_group_about_a_member_whose_direct_messages_are_closed()
    {
        using var h = await BobsDirectMessagesAreClosed();

        Assert.Single(HeldFor(h, "bob"));
        Assert.DoesNotContain(h.History, d => d.IsInGroup() && d.Text.Contains("private message", StringComparison.Ordinal));
        Assert.DoesNotContain(h.History, d => d.Buttons.Any(b => b.Kind == Messages.ButtonKind.OpenPrivateChat));
    }

    [Theory]
    [InlineData("/mine")]
    [InlineData("/needs")]
    [InlineData("/claim 99")]
    [InlineData("/nosuchcommand")]
    public async Task Their_next_command_tells_them_privately_once_and_tries_what_waited_again(string command)
    {
        using var h = await BobsDirectMessagesAreClosed();

        var answer = await h.Interact("bob", command);

        var notice = Assert.Single(answer.Replies, r => r.Message.PlainText.Contains(NoticeWords, StringComparison.Ordinal));
        Assert.Equal(ReplyVisibility.Private, notice.Visibility);
        Assert.Contains("allow direct messages", notice.Message.PlainText, StringComparison.Ordinal);
        Assert.Empty(HeldFor(h, "bob"));
        h.Unreachable.Remove("bob");
        Assert.Equal(["bob"], h.Delivered().AskedPeople());
    }

    [Fact]
    public async Task A_refused_button_press_carries_the_notice_too()
    {
        using var h = await BobsDirectMessagesAreClosed();

        var answer = await h.Interact("bob", "/pass 99", isButtonPress: true);

        Assert.False(answer.Succeeded);
        Assert.Single(answer.Replies, r => r.Visibility == ReplyVisibility.Private && r.Message.PlainText.Contains(NoticeWords, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_command_does_not_tell_them_again()
    {
        using var h = await BobsDirectMessagesAreClosed();

        var first = await h.Interact("bob", "/mine");
        var second = await h.Interact("bob", "/needs");

        Assert.Single(first.Replies, IsNotice);
        Assert.DoesNotContain(second.Replies, IsNotice);
    }

    [Fact]
    public async Task Held_again_when_the_retry_fails_they_are_not_told_again_but_each_command_tries_again()
    {
        using var h = await BobsDirectMessagesAreClosed();
        Assert.Single((await h.Interact("bob", "/mine")).Replies, IsNotice);
        Assert.Empty(h.Delivered().To("bob"));
        Assert.Single(HeldFor(h, "bob"));

        var again = await h.Interact("bob", "/needs");

        Assert.DoesNotContain(again.Replies, IsNotice);
        Assert.Empty(HeldFor(h, "bob"));
        Assert.DoesNotContain(h.Delivered(), d => d.IsInGroup());
        Assert.Single(HeldFor(h, "bob"));
    }

    [Fact]
    public async Task Once_a_private_message_reached_them_a_new_closure_is_told_anew()
    {
        using var h = await BobsDirectMessagesAreClosed();
        Assert.Single((await h.Interact("bob", "/mine")).Replies, IsNotice);
        h.Unreachable.Remove("bob");
        Assert.Equal(["bob"], h.Delivered().AskedPeople());

        h.Unreachable.Add("bob");
        await h.Say("erin", "/need a ride to the station on saturday");
        Assert.Empty(h.Delivered().To("bob"));
        var answer = await h.Interact("bob", "/mine");

        Assert.Single(answer.Replies, IsNotice);
    }

    [Fact]
    public async Task A_message_that_reaches_them_before_they_are_told_lets_what_waited_follow_without_a_notice()
    {
        using var h = await BobsDirectMessagesAreClosed();
        h.Unreachable.Remove("bob");
        await h.Say("erin", "/need a ride to the station on saturday");

        var delivered = h.Delivered();
        var answer = await h.Interact("bob", "/mine");

        Assert.Equal(["bob", "bob"], delivered.AskedPeople());
        Assert.Empty(HeldFor(h, "bob"));
        Assert.DoesNotContain(answer.Replies, IsNotice);
    }

    [Fact]
    public async Task The_notice_says_nothing_about_what_waits_or_who_it_is_about()
    {
        using var h = new EngineHarness { UnreachableAreTold = UnreachableNotice.TellAtNextCommand };
        await h.Join("alice");
        await h.Say("bob", "/offer rides to appointments, I have a car");
        h.Delivered();
        h.Unreachable.Add("bob");
        await h.Dm("alice", "/need anon a ride to the clinic on friday");
        h.Delivered();
        Assert.Single(HeldFor(h, "bob"));

        var notice = Assert.Single((await h.Interact("bob", "/mine")).Replies, IsNotice).Message.PlainText;

        foreach (var secret in new[] { "clinic", "ride", "friday", "#1", "anonymous", "Someone", People.DisplayNameOf("alice"), People.IdOf("alice"), "town" })
        {
            Assert.DoesNotContain(secret, notice, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_answer_that_goes_through_the_outbox_tries_again_but_keeps_the_notice_for_one_that_reaches_them_alone()
    {
        using var h = await BobsDirectMessagesAreClosed();

        await h.Say("bob", "/mine");
        var meanwhile = h.Delivered();
        var later = await h.Interact("bob", "/needs");

        Assert.DoesNotContain(meanwhile, d => d.Text.Contains(NoticeWords, StringComparison.Ordinal));
        Assert.Single(later.Replies, IsNotice);
    }

    [Fact]
    public async Task Forgetting_their_data_forgets_that_they_were_owed_a_notice()
    {
        using var h = await BobsDirectMessagesAreClosed();
        Assert.NotNull(h.Engine.ReadCursor(CursorNames.WaitingNotice(People.RefOf("bob"))));

        await h.Dm("bob", "/forget confirm");

        Assert.Null(h.Engine.ReadCursor(CursorNames.WaitingNotice(People.RefOf("bob"))));
    }

    [Fact]
    public async Task Their_export_shows_the_marker_kept_for_the_notice()
    {
        using var h = await BobsDirectMessagesAreClosed();

        h.Unreachable.Remove("bob");

        var export = Assert.Single(await h.Accepts(x => x.Say("bob", "/export")), d => d.Content.Attachment is not null);

        using var json = System.Text.Json.JsonDocument.Parse(export.Content.Attachment!.Content);
        var identity = json.RootElement.GetProperty("communities")[0].GetProperty("identities")[0];
        Assert.Equal("owed", identity.GetProperty("waitingMessageNotice").GetString());
    }

    /// <summary>Bob offers rides, then closes his direct messages; Alice's need asks him, and the ask is held.</summary>
    private static async Task<EngineHarness> BobsDirectMessagesAreClosed()
    {
        var h = new EngineHarness { UnreachableAreTold = UnreachableNotice.TellAtNextCommand };
        await h.Say("bob", "/offer rides to appointments, I have a car");
        h.Delivered();
        h.Unreachable.Add("bob");
        await h.Say("alice", "/need a ride to the clinic on friday");
        Assert.Empty(h.Delivered().To("bob"));
        return h;
    }

    private static bool IsNotice(Reply reply) => reply.Message.PlainText.Contains(NoticeWords, StringComparison.Ordinal);

    private static IReadOnlyList<OutboxMessage> HeldFor(EngineHarness h, string person) =>
        h.Store.Read(session => session.Outbox.HeldFor(new UserRef(KnownPlatforms.Console, People.IdOf(person))));
}
