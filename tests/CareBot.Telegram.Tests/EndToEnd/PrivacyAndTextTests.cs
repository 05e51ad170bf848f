using CareBot.Telegram.Tests.Support;

namespace CareBot.Telegram.Tests.EndToEnd;

/// <summary>What people type is shown exactly as typed and formats nothing; anonymous needs name nobody.</summary>
public sealed class PrivacyAndTextTests
{
    [Fact]
    public async Task An_anonymous_need_names_nobody_in_the_group_or_to_the_helpers_asked()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        var alice = await scenario.MemberAsync("Alice");
        scenario.Say(bob, "/offer listening and emotional support");
        await scenario.GroupMessageAsync("Noted your offer");

        scenario.Say(alice, "/mine");
        await scenario.Fake.WaitForMessageCountAsync(scenario.Fake.PrivateChatWith(alice), 2, TestTimeout.Wait, TestTimeout.Token);
        scenario.Dm(alice, "/need anon someone to talk to this week, feeling low");
        var post = await scenario.GroupMessageAsync("Need #1");
        var ask = await scenario.DmAsync(bob, "could use a hand");

        Assert.Contains("anonymous", post.PlainText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Alice", post.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain($"id={alice.Id}", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", ask.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain($"id={alice.Id}", ask.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_full_of_markup_and_emoji_reads_exactly_as_typed()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var eve = scenario.Fake.CreateUser("<b>Eve</b> & *co*", "eve");
        scenario.Fake.JoinGroup(scenario.Group, eve);
        scenario.Fake.UserStartsBot(eve);
        const string typed = "a ride <to> the \"clinic\" & back *today* _please_ `now` 🚗💨 &amp; </b>";

        scenario.Say(eve, "/need " + typed);
        var post = await scenario.GroupMessageAsync("Need #1");

        Assert.Contains($"“{typed}”", post.PlainText, StringComparison.Ordinal);
        Assert.Contains("<b>Eve</b> & *co*", post.PlainText, StringComparison.Ordinal);
        Assert.Equal("HTML", post.ParseMode, ignoreCase: true);
        Assert.Equal(0, scenario.Fake.Requests.ClientErrorsIssued);
    }

    [Fact]
    public async Task A_data_export_arrives_as_a_json_file_in_private()
    {
        await using var scenario = await GroupScenario.StartAsync();
        var bob = await scenario.MemberAsync("Bob");
        scenario.Say(bob, "/offer soup on Sundays");
        await scenario.GroupMessageAsync("Noted your offer");

        scenario.Dm(bob, "/export");
        var file = await scenario.DmAsync(bob, m => m.Document is not null);

        Assert.EndsWith(".json", file.Document!.FileName, StringComparison.Ordinal);
        Assert.Contains("soup on Sundays", System.Text.Encoding.UTF8.GetString(file.Document.Content), StringComparison.Ordinal);
    }
}
