using CareBot.ConsoleAdapter.Tests.Support;

namespace CareBot.ConsoleAdapter.Tests.Sessions;

/// <summary>Admins set the group's agreements; the bot applies them; nobody else can change them.</summary>
public sealed class AgreementTests : ConsoleTest
{
    private static readonly string[] ThreeDrivers =
    [
        "bob: /offer rides to appointments, I have a car",
        "carol: /offer driving people to the doctor",
        "dave: /offer rides and driving",
    ];

    [Fact]
    public async Task An_admin_sets_the_wave_size_and_the_next_need_asks_only_that_many()
    {
        await CareBot.RunAsync(ThreeDrivers);

        var transcript = await CareBot.RunAsync(
            ":admin alice",
            "alice: /agree wave-size 2",
            "erin: /need a ride to the clinic on friday");

        Assert.Contains("alice is now an admin of town", transcript.Diagnostics, StringComparison.Ordinal);
        var announced = transcript.GroupSees("updated the group's agreements");
        Assert.True(announced.Says("wave-size") && announced.Says("“2”"), announced.ToString());
        var asked = transcript.Messages.Where(m => m.IsDirect && m.Says("could use a hand")).ToList();
        Assert.Equal(2, asked.Count);
    }

    [Fact]
    public async Task Without_the_agreement_the_first_wave_asks_one()
    {
        await CareBot.RunAsync(ThreeDrivers);

        var transcript = await CareBot.RunAsync("erin: /need a ride to the clinic on friday");

        Assert.Single(transcript.Messages, m => m.IsDirect && m.Says("could use a hand"));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_change_an_agreement()
    {
        await CareBot.RunAsync(ThreeDrivers);
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync("bob: /agree wave-size 3", "bob@dm: /agree wave-size 3", "erin: /need a ride to the clinic");

        Assert.Equal(2, transcript.Messages.Count(m => m.Says("Only the group's admins can change the agreements")));
        Assert.DoesNotContain(transcript.InGroup(), m => m.Says("updated the group's agreements"));
        Assert.Equal(1, transcript.Messages.Count(m => m.IsDirect && m.Says("could use a hand")));
        Assert.Contains("\"FirstWaveSize\": 1", before, StringComparison.Ordinal);
        Assert.Contains("\"FirstWaveSize\": 1", StoreState.Of(CareBot.Store), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_of_another_group_is_no_admin_here()
    {
        await CareBot.RunAsync(ThreeDrivers);

        var transcript = await CareBot.RunAsync(":admin alice@garden", "alice: /agree wave-size 1");

        transcript.GroupSees("Only the group's admins can change the agreements");
    }

    [Fact]
    public async Task An_admin_can_set_agreements_from_a_private_chat()
    {
        await CareBot.RunAsync("alice: /start");

        var transcript = await CareBot.RunAsync(":admin alice", "alice@dm: /agree expiry-days 5");

        transcript.GroupSees("expiry-days");
        transcript.PersonHears("alice", "the group has been told");
    }

    [Fact]
    public async Task A_bad_value_is_explained_and_changes_nothing()
    {
        await CareBot.RunAsync("alice: /start");
        var before = StoreState.Of(CareBot.Store);

        var transcript = await CareBot.RunAsync(":admin alice", "alice: /agree wave-size lots", "alice: /agree colour blue", "alice: /agree wave-size");

        Assert.Equal(3, transcript.InGroup().Count);
        Assert.DoesNotContain(transcript.InGroup(), m => m.Says("updated the group's agreements"));
        Assert.Equal(before, StoreState.Of(CareBot.Store));
    }
}
