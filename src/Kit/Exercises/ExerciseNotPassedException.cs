namespace Kit.Exercises;

/// <summary>
/// A check that did not pass. Its message is the hint; ToString() is the message alone so notebooks show the hint,
/// not a stack trace.
/// </summary>
public sealed class ExerciseNotPassedException(string exercise, string hint, Exception? inner = null)
    : Exception($"❌ Exercise {exercise}: {hint}", inner)
{
    public string Exercise { get; } = exercise;

    public string Hint { get; } = hint;

    public override string ToString() => Message;

    // Never null: the .NET Jupyter kernel calls StackTrace.Split on a failed cell and hangs on null (measured, GUIDE §4).
    public override string? StackTrace => "";
}
