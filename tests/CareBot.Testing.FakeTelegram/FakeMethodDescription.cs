namespace CareBot.Testing.FakeTelegram;

/// <summary>
/// What the fake knows about one Bot API method: the parameters it reads, the ones it accepts but ignores
/// (both must exist in the official spec), and the required ones.
/// </summary>
public sealed record FakeMethodDescription(
    string Name,
    IReadOnlyList<string> ReadParameters,
    IReadOnlyList<string> IgnoredParameters,
    IReadOnlyList<string> RequiredParameters)
{
    public bool Accepts(string parameter) => ReadParameters.Contains(parameter) || IgnoredParameters.Contains(parameter);
}
