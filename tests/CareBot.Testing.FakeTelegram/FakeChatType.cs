namespace CareBot.Testing.FakeTelegram;

/// <summary>The chat kinds the fake models; channels are out of CareBot's scope.</summary>
public enum FakeChatType
{
    Private,
    Group,
    Supergroup,
}
