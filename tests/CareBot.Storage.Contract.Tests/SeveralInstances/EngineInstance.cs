using CareBot.Core.Engine;
using CareBot.Core.Platforms;
using CareBot.Storage.PostgreSql;

namespace CareBot.Storage.Contract.Tests.SeveralInstances;

/// <summary>
/// One CareBot instance as far as the engine goes: its own store (own connections, own write clock) and its own engine
/// (own cached working sets) on a database other instances share. People type in the group "town".
/// </summary>
internal sealed class EngineInstance : IDisposable
{
    public const string Group = "town";

    public EngineInstance(string connectionString, TimeProvider time)
    {
        Store = PostgreSqlCareStore.Open(connectionString);
        Engine = new CareEngine(Store, time, []);
    }

    public PostgreSqlCareStore Store { get; }

    public CareEngine Engine { get; }

    /// <summary>A command typed in the group and answered at once, as Discord answers a slash command.</summary>
    public Task<EngineResult> Say(string person, string text) =>
        Engine.HandleAsync(
            new Inbound(new PlatformUser(new UserRef(KnownPlatforms.Console, "user-" + person), person), Conversation.Group(KnownPlatforms.Console, Group, Group), text)
            {
                ReplyMode = ReplyMode.Return,
            },
            CancellationToken.None);

    /// <summary>The text of every reply to a command, one after another.</summary>
    public async Task<string> Answer(string person, string text) =>
        string.Join('\n', (await Say(person, text)).Replies.Select(reply => reply.Message.PlainText));

    public void Dispose()
    {
        Engine.Dispose();
        Store.Dispose();
    }
}
