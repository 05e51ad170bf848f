namespace CareBot.Core.Platforms;

/// <summary>A person's account on one chat platform, e.g. ("telegram", "123456").</summary>
public readonly record struct UserRef(string Platform, string UserId)
{
    /// <summary>A single string usable as an index key, e.g. <c>telegram:123456</c>.</summary>
    public string Key => $"{Platform}:{UserId}";

    public override string ToString() => Key;
}
