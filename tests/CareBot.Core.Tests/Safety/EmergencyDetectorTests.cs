using CareBot.Core.Safety;

namespace CareBot.Core.Tests.Safety;

public sealed class EmergencyDetectorTests
{
    [Theory]
    [InlineData("I want to end my life")]
    [InlineData("chest pain, can't breathe")]
    [InlineData("My dad is having a HEART ATTACK")]
    [InlineData("I keep thinking about suicide")]
    [InlineData("I've been self-harming again, I want to hurt myself")]
    [InlineData("she took an overdose")]
    [InlineData("he's unconscious on the floor")]
    [InlineData("my ex is threatening to kill me")]
    [InlineData("I don't want to live anymore")]
    [InlineData("please call 911")]
    [InlineData("I think it's a stroke")]
    [InlineData("Someone is being attacked outside!")]
    public void Danger_to_life_self_harm_and_medical_emergencies_are_noticed(string text)
    {
        Assert.True(EmergencyDetector.LooksLikeEmergency(text));
    }

    [Theory]
    [InlineData("a ride to the clinic on friday")]
    [InlineData("someone to walk my dog while I recover")]
    [InlineData("help me paint the kitchen, it's killing me slowly haha")]
    [InlineData("a lift to the station, the car broke down")]
    [InlineData("someone to talk to, feeling lonely")]
    [InlineData("stroller for the baby")]
    [InlineData("emergencyroom paperwork")]
    public void Everyday_needs_are_not_emergencies(string text)
    {
        Assert.False(EmergencyDetector.LooksLikeEmergency(text));
    }
}
