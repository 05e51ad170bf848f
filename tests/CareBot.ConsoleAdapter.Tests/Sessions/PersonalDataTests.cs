using System.Text.Json;
using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>A member can see everything CareBot keeps about them, and have it erased.</summary>
public sealed class PersonalDataTests : ConsoleTest
{
    [Fact]
    public async Task Export_sends_the_member_their_data_as_json_in_private()
    {
        await CareBot.RunAsync("alice: /offer cooking meals for families", "alice: /need a ride to the clinic on friday", "alice: /me zone north");

        var transcript = await CareBot.RunAsync("alice@dm: /export");

        var export = Assert.Single(transcript.Messages);
        Assert.True(export.IsDirect && export.To == "alice", export.ToString());
        var attached = export.Text.ToList().FindIndex(line => line.StartsWith("(attached carebot-export-", StringComparison.Ordinal));
        Assert.True(attached >= 0, export.ToString());
        using var json = JsonDocument.Parse(string.Join('\n', export.Text.Skip(attached + 1)));
        var community = json.RootElement.GetProperty("communities")[0];
        Assert.Equal("town", community.GetProperty("community").GetString());
        Assert.Equal("north", community.GetProperty("settings").GetProperty("zone").GetString());
        Assert.Equal("cooking meals for families", community.GetProperty("offers")[0].GetProperty("text").GetString());
        Assert.Equal("a ride to the clinic on friday", community.GetProperty("needsAsked")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Export_typed_in_the_group_is_still_answered_in_private()
    {
        await CareBot.RunAsync("alice: /offer cooking meals for families");

        var transcript = await CareBot.RunAsync("alice: /export");

        Assert.DoesNotContain(transcript.InGroup(), m => m.Says("cooking"));
        transcript.PersonHears("alice", "everything I keep about you");
    }

    [Fact]
    public async Task Forget_asks_first_and_keep_changes_nothing()
    {
        await CareBot.RunAsync("alice: /offer cooking meals for families");
        var before = StoreState.IgnoringLastSeen(CareBot.Store);

        var transcript = await CareBot.RunAsync("alice@dm: /forget", "alice@dm: /forget keep");

        var question = transcript.PersonHears("alice", "can't be undone");
        Assert.True(question.HasButton("Yes, erase my data", "/forget confirm"), question.ToString());
        transcript.PersonHears("alice", "nothing was erased");
        Assert.Equal(before, StoreState.IgnoringLastSeen(CareBot.Store));
    }

    [Fact]
    public async Task After_forget_confirm_the_member_their_offers_and_their_name_are_gone()
    {
        await CareBot.RunAsync(
            "alice: /offer cooking meals for families",
            "alice: /need a ride to the clinic on friday",
            "bob: /offer rides to appointments, I have a car");

        var forget = await CareBot.RunAsync("alice@dm: /forget confirm");
        forget.PersonHears("alice", "I've erased your data");

        var after = await CareBot.RunAsync("carol: /need a hot meal for my family", "carol: /needs", "alice@dm: /export");
        Assert.DoesNotContain(after.ToPerson("alice"), m => m.Says("#2"));
        Assert.DoesNotContain(after.InGroup(), m => m.Says("alice"));
        after.PersonHears("alice", "I don't know which group you're in yet");
        Assert.DoesNotContain("alice", StoreState.Of(CareBot.Store), StringComparison.Ordinal);
        Assert.DoesNotContain("cooking meals", StoreState.Of(CareBot.Store), StringComparison.Ordinal);
    }
}
