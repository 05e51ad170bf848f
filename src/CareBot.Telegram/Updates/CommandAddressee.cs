namespace CareBot.Telegram.Updates;

public enum CommandAddressee
{
    NotACommand,
    ThisBot,
    AnotherBot,
}
