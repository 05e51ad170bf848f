using System.Diagnostics.CodeAnalysis;

namespace CareBot.Core;

/// <summary>A value or the <see cref="Problem"/> that explains why there is none.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public Problem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Problem is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(string message) => new(default, new Problem(message));

    public static implicit operator Result<T>(Problem problem) => new(default, problem);
}
