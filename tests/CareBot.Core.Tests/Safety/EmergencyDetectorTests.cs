using CareBot.Core.Safety;

namespace CareBot.Core.Tests.Safety;

public sealed class EmergencyDetectorTests
{
    [Theory]
    [InlineData("my neighbour isn't breathing", EmergencyKind.Medical)]
    [InlineData("my husband is having a heart-attack", EmergencyKind.Medical)]
    [InlineData("my friend took too many pills", EmergencyKind.Overdose)]
    [InlineData("I'm scared my ex will hurt me tonight", EmergencyKind.Violence)]
    [InlineData("I feel like I want to end it all", EmergencyKind.SuicideOrSelfHarm)]
    [InlineData("I want to end my life", EmergencyKind.SuicideOrSelfHarm)]
    [InlineData("chest pain, can't breathe", EmergencyKind.Medical)]
    [InlineData("My dad is having a HEART ATTACK", EmergencyKind.Medical)]
    [InlineData("I keep thinking about suicide", EmergencyKind.SuicideOrSelfHarm)]
    [InlineData("I've been self-harming again, I want to hurt myself", EmergencyKind.SuicideOrSelfHarm)]
    [InlineData("she took an overdose", EmergencyKind.Overdose)]
    [InlineData("he's unconscious on the floor", EmergencyKind.Medical)]
    [InlineData("my ex is threatening to kill me", EmergencyKind.Violence)]
    [InlineData("I don't want to live anymore", EmergencyKind.SuicideOrSelfHarm)]
    [InlineData("please call 911", EmergencyKind.Medical)]
    [InlineData("I think it's a stroke", EmergencyKind.Medical)]
    [InlineData("Someone is being attacked outside!", EmergencyKind.Violence)]
    [InlineData("house is on fire", EmergencyKind.FireOrGas)]
    [InlineData("my 6 year old is missing", EmergencyKind.Missing)]
    public void Danger_now_is_noticed_with_its_kind(string text, EmergencyKind kind)
    {
        Assert.Equal(kind, EmergencyDetector.Default.Assess(text).Kind);
    }

    [Theory]
    [InlineData("my neighbour isnt breething 🆘")]
    [InlineData("MY HUSBAND IS UNCONCIOUS")]
    [InlineData("feeling suicidel tonight")]
    [InlineData("pleaseeee he's not breathing")]
    [InlineData("he wont wake up")]
    [InlineData("she overdosed")]
    [InlineData("he’s got a 🔪")]
    public void Typing_in_a_hurry_does_not_hide_an_emergency(string text)
    {
        Assert.True(EmergencyDetector.Default.Assess(text).IsEmergency);
    }

    [Theory]
    [InlineData("not an emergency but my neighbour isn't breathing")]
    [InlineData("had a heart attack in 2019, and now chest pain again and his left arm is numb")]
    public void A_calming_word_covers_its_own_clause_not_a_later_danger(string text)
    {
        Assert.True(EmergencyDetector.Default.Assess(text).IsEmergency);
    }

    [Theory]
    [InlineData("not an emergency, but could someone pick up my prescription")]
    [InlineData("my dad had a stroke last year and needs someone to sit with him")]
    [InlineData("someone to stroke and feed my cat")]
    [InlineData("a ride to the clinic on friday")]
    [InlineData("someone to walk my dog while I recover")]
    [InlineData("help me paint the kitchen, it's killing me slowly haha")]
    [InlineData("a lift to the station, the car broke down")]
    [InlineData("someone to talk to, feeling lonely")]
    [InlineData("stroller for the baby")]
    [InlineData("emergencyroom paperwork")]
    [InlineData("the deadline is killing me")]
    [InlineData("since her heart attack in 2019 she needs lifts to the shops")]
    [InlineData("fire up the barbecue for the street party")]
    public void Everyday_needs_are_not_emergencies(string text)
    {
        Assert.Equal(EmergencyAssessment.None, EmergencyDetector.Default.Assess(text));
    }
}
