using CareBot.Core.Engine;
using CareBot.Core.Safety;

namespace CareBot.Telegram.Updates;

/// <summary>The short text shown to whoever pressed a button: a tick when it worked, the engine's refusal when not.</summary>
public static class CallbackAnswers
{
    /// <summary>Telegram shows at most 200 characters in a callback answer.</summary>
    public const int MaxLength = 200;

    public const string Done = "Got it ✓";

    public const string Unknown = "That button no longer works. Type the command instead (/help lists them).";

    public static (string Text, bool Alert) For(EngineResult result) =>
        result.Problem is { } problem ? (Clip(problem.Message), true) : (Done, false);

    public static string Clip(string text) => TextRules.Clip(text, MaxLength);
}
