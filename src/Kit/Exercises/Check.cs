namespace Kit.Exercises;

/// <summary>
/// The machinery under every exercise check: run the student's code, compare, and answer with a hint.
/// A stub that still throws NotImplementedException gets "not done yet" and the hint.
/// </summary>
public static class Check
{
    /// <summary>Runs the student's code; any exception becomes a hint instead of a trace.</summary>
    public static T Run<T>(string exercise, Func<T> studentCode, string hint)
    {
        try
        {
            return studentCode();
        }
        catch (NotImplementedException e)
        {
            throw new ExerciseNotPassedException(exercise, $"not done yet. {hint}", e);
        }
        catch (ExerciseNotPassedException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new ExerciseNotPassedException(exercise, $"your code threw {e.GetType().Name}: {e.Message}. {hint}", e);
        }
    }

    /// <summary>Fails with the hint unless the condition holds.</summary>
    public static void That(string exercise, bool condition, string hint)
    {
        if (!condition) throw new ExerciseNotPassedException(exercise, hint);
    }

    public static CheckResult Passed(string exercise, string message) => new(exercise, message);
}
