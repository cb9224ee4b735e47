namespace Kit.Exercises;

/// <summary>
/// A check that did not pass. Its message is all the student sees: ToString() is the message alone, and the stack
/// trace is empty (never null: the Jupyter host of the .NET kernel calls StackTrace.Split and hangs on null).
/// </summary>
public sealed class ExerciseNotPassedException(string exercise, string feedback, Exception? inner = null)
    : Exception($"❌ Exercise {exercise}: {feedback}", inner)
{
    public string Exercise { get; } = exercise;

    /// <summary>What the check says about this attempt (not a hint: hints come from <see cref="Course.Hint"/>).</summary>
    public string Feedback { get; } = feedback;

    public override string ToString() => Message;

    public override string StackTrace => "";
}
