namespace CareBot.Discord.Tests.Crash;

/// <summary>
/// The members' shared pace: one interaction every <paramref name="interval"/> across the whole group, however many
/// are waiting to type, so the load is a busy community's and not a flood.
/// </summary>
internal sealed class Typing(TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _keyboard = new(1, 1);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public async Task TurnAsync(CancellationToken cancellationToken)
    {
        await _keyboard.WaitAsync(cancellationToken);
        try
        {
            var wait = _next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            _next = time.GetUtcNow() + interval;
        }
        finally
        {
            _keyboard.Release();
        }
    }

    public void Dispose() => _keyboard.Dispose();
}
