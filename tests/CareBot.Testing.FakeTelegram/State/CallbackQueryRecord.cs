namespace CareBot.Testing.FakeTelegram.State;

/// <summary>A button press waiting for (or given) its answer.</summary>
internal sealed class CallbackQueryRecord(PressedButton press, DateTimeOffset pressedAt)
{
    public PressedButton Press { get; } = press;

    public DateTimeOffset PressedAt { get; } = pressedAt;

    public CallbackAnswer? Answer { get; set; }
}
