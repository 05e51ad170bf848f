using CareBot.Core.Communities;
using CareBot.Core.Members;

namespace CareBot.Core.Tests.Communities;

public sealed class AgreementEditorTests
{
    public static TheoryData<string, string, Func<Agreements, object?>, object?> GoodValues => new()
    {
        { "how-to-ask", "Say what, when and where.", a => a.HowToAsk, "Say what, when and where." },
        { "response-time", "48", a => a.ResponseHours, 48 },
        { "response-time", "36h", a => a.ResponseHours, 36 },
        { "zones", "North, south ,Centre, north", a => string.Join("|", a.Zones), "north|south|centre" },
        { "zones", "none", a => a.Zones.Count, 0 },
        { "outside-zone", "skip", a => a.AskOutsideZone, false },
        { "outside-zone", "ask", a => a.AskOutsideZone, true },
        { "outside-zone", "NO", a => a.AskOutsideZone, false },
        { "emergency", "Call 112, or the crisis line 0800 111 0 111.", a => a.EmergencyNotice, "Call 112, or the crisis line 0800 111 0 111." },
        { "quiet", "22-08", a => a.DefaultQuietHours, new QuietHours(22, 8) },
        { "quiet", "off", a => a.DefaultQuietHours, null },
        { "timezone", "Europe/Berlin", a => a.TimeZone, "Europe/Berlin" },
        { "daily-limit", "1", a => a.DailyAskLimit, 1 },
        { "daily-limit", "50", a => a.DailyAskLimit, 50 },
        { "expiry-days", "7d", a => a.NeedExpiryDays, 7 },
        { "expiry-days", "90", a => a.NeedExpiryDays, 90 },
        { "still-needed-days", "30", a => a.StillNeededDays, 30 },
        { "wave-size", "5", a => a.FirstWaveSize, 5 },
        { "wave-hours", "72", a => a.WaveHours, 72 },
        { "WAVE-HOURS", " 6 ", a => a.WaveHours, 6 },
    };

    [Theory]
    [MemberData(nameof(GoodValues))]
    public void Every_key_accepts_a_good_value(string key, string value, Func<Agreements, object?> read, object? expected)
    {
        var result = AgreementEditor.Apply(new Agreements(), key, value);

        Assert.True(result.IsSuccess, result.Problem?.Message);
        Assert.Equal(expected, read(result.Value));
    }

    [Theory]
    [InlineData("how-to-ask", "")]
    [InlineData("how-to-ask", "bad\u0007bell")]
    [InlineData("emergency", "call \u202Eevil")]
    [InlineData("response-time", "0")]
    [InlineData("response-time", "337")]
    [InlineData("response-time", "soon")]
    [InlineData("response-time", "-5")]
    [InlineData("zones", ",,,")]
    [InlineData("outside-zone", "maybe")]
    [InlineData("quiet", "22")]
    [InlineData("quiet", "25-08")]
    [InlineData("timezone", "Mars/Olympus_Mons")]
    [InlineData("daily-limit", "0")]
    [InlineData("daily-limit", "51")]
    [InlineData("expiry-days", "91")]
    [InlineData("still-needed-days", "0")]
    [InlineData("still-needed-days", "31")]
    [InlineData("wave-size", "0")]
    [InlineData("wave-size", "21")]
    [InlineData("wave-size", "3.5")]
    [InlineData("wave-hours", "0")]
    [InlineData("wave-hours", "73")]
    [InlineData("colour", "blue")]
    public void A_bad_value_or_key_is_refused_with_a_reason(string key, string value)
    {
        var result = AgreementEditor.Apply(new Agreements(), key, value);

        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem.Message));
    }

    [Theory]
    [InlineData("how-to-ask", 500)]
    [InlineData("emergency", 800)]
    public void Texts_have_a_length_limit(string key, int max)
    {
        Assert.True(AgreementEditor.Apply(new Agreements(), key, new string('x', max)).IsSuccess);
        Assert.False(AgreementEditor.Apply(new Agreements(), key, new string('x', max + 1)).IsSuccess);
    }

    [Fact]
    public void Too_many_or_too_long_zone_names_are_refused()
    {
        var many = string.Join(",", Enumerable.Range(1, 31).Select(i => $"z{i}"));

        Assert.False(AgreementEditor.Apply(new Agreements(), "zones", many).IsSuccess);
        Assert.False(AgreementEditor.Apply(new Agreements(), "zones", "north, " + new string('x', 41)).IsSuccess);
    }

    [Fact]
    public void Zone_names_are_single_words_because_needs_and_offers_name_a_zone_in_one_word()
    {
        var result = AgreementEditor.Apply(new Agreements(), "zones", "city centre, north");

        Assert.False(result.IsSuccess);
        Assert.Contains("city-centre", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_edit_leaves_the_current_agreements_untouched()
    {
        var current = AgreementEditor.Apply(new Agreements(), "zones", "north, south").Value!;

        var edited = AgreementEditor.Apply(current, "zones", "east");
        var refused = AgreementEditor.Apply(current, "wave-size", "99");

        Assert.Equal(["north", "south"], current.Zones);
        Assert.Equal(["east"], edited.Value!.Zones);
        Assert.False(refused.IsSuccess);
        Assert.Equal(new Agreements().FirstWaveSize, current.FirstWaveSize);
    }
}
