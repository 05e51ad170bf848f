namespace CareBot.Testing.FakeTelegram.State;

/// <summary>The ChatMember.status values.</summary>
internal static class MemberStatus
{
    public const string Creator = "creator";
    public const string Administrator = "administrator";
    public const string Member = "member";
    public const string Left = "left";
    public const string Kicked = "kicked";

    public static bool IsPresent(string status) => status is Creator or Administrator or Member;
}
