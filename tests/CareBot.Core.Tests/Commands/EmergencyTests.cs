using CareBot.Core.Communities;
using CareBot.Core.Needs;
using CareBot.Core.Safety;
using CareBot.Core.Tests.Support;

namespace CareBot.Core.Tests.Commands;

/// <summary>Words of danger are answered privately and kindly, with the group's emergency numbers; the person still decides.</summary>
public sealed class EmergencyTests
{
    [Theory]
    [InlineData("/need I want to end my life")]
    [InlineData("/need chest pain, can't breathe")]
    public async Task An_emergency_is_not_posted_and_the_member_gets_the_emergency_notice_privately(string command)
    {
        using var h = await WithListener();

        var delivered = await h.Accepts(x => x.Say("alice", command));

        Assert.Empty(delivered.InGroup());
        Assert.Empty(delivered.AskedPeople());
        var answer = Assert.Single(delivered.To("alice"));
        Assert.Contains(Agreements.DefaultEmergencyNotice, answer.Text, StringComparison.Ordinal);
        Assert.Equal("/need post", answer.Button("Post it as a need").Command);
        Assert.Equal("/need drop", answer.Button("Don't post it").Command);
        Assert.Throws<InvalidOperationException>(() => h.Need(1));
    }

    [Fact]
    public async Task The_notice_is_the_one_the_group_agreed_on()
    {
        using var h = await WithListener();
        await h.Agree("emergency", "Call 112 now, or the crisis line on 0800 111 0 111, day or night.");

        var delivered = await h.Accepts(x => x.Say("alice", "/need I want to end my life"));

        Assert.Contains("Call 112 now, or the crisis line on 0800 111 0 111, day or night.", Assert.Single(delivered).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_member_can_still_post_it_as_a_need()
    {
        using var h = await WithListener();
        await h.Say("alice", "/need I feel so alone, I want to end my life, I need someone to talk to");
        var answer = h.Delivered().To("alice").Single();

        var delivered = await h.Accepts(x => x.Press("alice", answer, "Post it as a need"));

        Assert.Contains("I need someone to talk to", Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal(["bob"], delivered.AskedPeople());
        Assert.Equal(NeedState.Open, h.Need(1).State);
    }

    [Fact]
    public async Task Posting_it_after_all_keeps_the_date_zone_and_number_of_helpers_it_was_asked_with()
    {
        using var h = await WithListener();
        await h.Agree("zones", "north, south");
        await h.Say("alice", "/need by 2026-11-30 zone north helpers 2 I want to end my life, I need someone to talk to");
        var answer = h.Delivered().To("alice").Single();

        await h.Accepts(x => x.Press("alice", answer, "Post it as a need"));

        var need = h.Need(1);
        Assert.Equal(new DateOnly(2026, 11, 30), need.By);
        Assert.Equal("north", need.Zone);
        Assert.Equal(2, need.HelpersWanted);
        Assert.Null(h.Member("alice")!.DraftNeed);
    }

    [Fact]
    public async Task A_held_need_is_in_the_export_until_it_is_posted_or_dropped()
    {
        using var h = await WithListener();
        await h.Say("alice", "/need helpers 2 I want to end my life");
        h.Delivered();

        var export = Assert.Single(await h.Accepts(x => x.Say("alice", "/export")));

        var text = System.Text.Encoding.UTF8.GetString(export.Content.Attachment!.Content);
        Assert.Contains("\"heldNeed\"", text, StringComparison.Ordinal);
        Assert.Contains("I want to end my life", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_emergency_posted_after_all_stays_anonymous()
    {
        using var h = await WithListener();
        await h.Join("alice");
        await h.Dm("alice", "/need anon chest pain, can't breathe, please someone sit with me");
        var answer = h.Delivered().To("alice").Single();

        var delivered = await h.Accepts(x => x.Press("alice", answer, "Post it as a need"));

        var post = Assert.Single(delivered.InGroup());
        Assert.Contains("Someone (anonymous)", post.Text, StringComparison.Ordinal);
        Assert.False(post.Names("alice"));
    }

    [Fact]
    public async Task The_member_can_drop_it_and_nothing_is_posted_then_or_later()
    {
        using var h = await WithListener();
        await h.Say("alice", "/need I want to end my life");
        var answer = h.Delivered().To("alice").Single();

        var dropped = await h.Accepts(x => x.Press("alice", answer, "Don't post it"));
        Assert.Empty(dropped.InGroup());

        var refused = await h.Refuses(x => x.Dm("alice", "/need post"));
        Assert.Contains("There's no held need to post", refused.Text, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => h.Need(1));
    }

    [Theory]
    [InlineData("my neighbour isn't breathing")]
    [InlineData("my husband is having a heart-attack")]
    [InlineData("my friend took too many pills")]
    [InlineData("I'm scared my ex will hurt me tonight")]
    [InlineData("I feel like I want to end it all")]
    public async Task Emergencies_the_old_phrase_list_missed_are_held_and_answered_privately(string text)
    {
        using var h = await WithListener();

        var delivered = await h.Accepts(x => x.Say("alice", "/need " + text));

        Assert.Empty(delivered.InGroup());
        Assert.Empty(delivered.AskedPeople());
        var answer = Assert.Single(delivered.To("alice"));
        Assert.StartsWith(Agreements.DefaultEmergencyNotice, answer.Text, StringComparison.Ordinal);
        Assert.Equal("/need post", answer.Button("Post it as a need").Command);
        Assert.Equal("/need drop", answer.Button("Don't post it").Command);
    }

    [Theory]
    [InlineData("not an emergency, but could someone pick up my prescription")]
    [InlineData("my dad had a stroke last year and needs someone to sit with him")]
    [InlineData("someone to stroke and feed my cat")]
    public async Task Ordinary_needs_the_old_phrase_list_held_back_are_posted(string text)
    {
        using var h = await WithListener();

        var delivered = await h.Accepts(x => x.Say("alice", "/need " + text));

        Assert.Contains(text, Assert.Single(delivered.InGroup()).Text, StringComparison.Ordinal);
        Assert.Equal(NeedState.Open, h.Need(1).State);
    }

    [Theory]
    [InlineData("I don't want to be here anymore", "crisis line")]
    [InlineData("he hit me again and says he'll do worse tonight", "somewhere safe")]
    [InlineData("the kitchen is on fire", "Get everyone out first")]
    [InlineData("my 6 year old is missing", "every minute counts")]
    [InlineData("my neighbour isn't breathing", "Call the emergency number now")]
    public async Task The_answer_leads_with_what_helps_for_the_kind_of_danger_right_after_the_groups_notice(string text, string lead)
    {
        using var h = await WithListener();
        await h.Agree("emergency", "Riverside: call 112, or the crisis line on 0800 111 0 111.");

        var answer = Assert.Single(await h.Accepts(x => x.Say("alice", "/need " + text))).Text;

        Assert.StartsWith("Riverside: call 112, or the crisis line on 0800 111 0 111.", answer, StringComparison.Ordinal);
        var afterNotice = answer["Riverside: call 112, or the crisis line on 0800 111 0 111.".Length..].TrimStart();
        Assert.StartsWith(FirstLineOf(afterNotice), afterNotice, StringComparison.Ordinal);
        Assert.Contains(lead, FirstLineOf(afterNotice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thoughts_of_suicide_are_met_with_the_crisis_line_first_and_a_warm_word()
    {
        using var h = await WithListener();

        var answer = Assert.Single(await h.Accepts(x => x.Say("alice", "/need everyone would be better off without me"))).Text;

        var lead = FirstLineOf(answer[Agreements.DefaultEmergencyNotice.Length..].TrimStart());
        Assert.StartsWith("Please reach a crisis line now", lead, StringComparison.Ordinal);
        Assert.Contains("You don't have to go through this alone", lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/need by yesterday my husband isn't breathing")]
    [InlineData("/need helpers 0 i want to end it all")]
    [InlineData("/need anon he's got a knife and says he'll kill me")]
    public async Task Danger_is_answered_before_an_option_or_the_place_is_questioned(string command)
    {
        using var h = await WithListener();

        var delivered = await h.Accepts(x => x.Say("alice", command));

        Assert.Empty(delivered.InGroup());
        Assert.Empty(delivered.AskedPeople());
        Assert.Contains(Agreements.DefaultEmergencyNotice, Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i've sorted out who gets my things and written my letters, tonight's the night")]
    [InlineData("my little girl was on the swings a minute ago and now she's just not there")]
    [InlineData("there's a weird glow behind the sofa and the room is getting really hot and hazy")]
    public async Task With_the_sentence_model_danger_no_cue_names_is_held_too(string text)
    {
        Assert.False(EmergencyDetector.Default.Assess(text).IsEmergency, "a cue names this one: choose another text for the test");
        using var h = new EngineHarness(SentenceModel.Understanding);

        var delivered = await h.Accepts(x => x.Say("alice", "/need " + text));

        Assert.Empty(delivered.InGroup());
        Assert.Contains(Agreements.DefaultEmergencyNotice, Assert.Single(delivered.To("alice")).Text, StringComparison.Ordinal);
    }

    private static string FirstLineOf(string text) => text.Split('\n')[0];

    private static async Task<EngineHarness> WithListener()
    {
        var h = new EngineHarness();
        await h.Say("bob", "/offer someone to talk to when things are hard, a good listener");
        h.Delivered();
        return h;
    }
}
