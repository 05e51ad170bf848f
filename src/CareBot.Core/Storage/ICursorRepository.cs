namespace CareBot.Core.Storage;

/// <summary>
/// Small named markers stored with the change they belong to, e.g. the last Telegram update handled,
/// or that a person was already invited to open a private chat.
/// </summary>
public interface ICursorRepository
{
    string? Get(string name);

    void Set(string name, string value);

    void Delete(string name);
}
