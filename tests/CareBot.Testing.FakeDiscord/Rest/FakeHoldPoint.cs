namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>Where a <see cref="FakeRestHold"/> keeps a request waiting.</summary>
public enum FakeHoldPoint
{
    /// <summary>Before Discord acts on it: abandoned, it never happened (as if the client died before sending it).</summary>
    BeforeHandling,

    /// <summary>After Discord acted on it, before the answer goes back: abandoned, it happened but the client never heard.</summary>
    AfterHandling,
}
