using CareBot.Testing.FakeTelegram;

namespace CareBot.Telegram.Tests.Crash;

/// <summary>Types the planned commands into the fake at a steady pace, as people would, whether or not the bot is up.</summary>
internal sealed class CommandFeed(FakeTelegramServer fake, IReadOnlyList<PlannedCommand> commands, TimeSpan interval)
{
    private int _typed;

    public int Typed => Volatile.Read(ref _typed);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        foreach (var command in commands)
        {
            var wait = (interval * Typed) - time.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            fake.SendText(command.Chat, command.By.User, command.Text);
            Interlocked.Increment(ref _typed);
        }
    }
}
