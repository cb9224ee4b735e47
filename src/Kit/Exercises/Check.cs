namespace Kit.Exercises;

/// <summary>
/// The machinery under every exercise check: run the student's code, compare, and answer in one line. A stub that
/// still throws NotImplementedException gets "not done yet." and nothing more; a wrong answer gets what was wrong
/// and where to ask for a hint. Every outcome is recorded for <see cref="Course.Progress"/>.
/// </summary>
public static class Check
{
    /// <summary>Runs the student's code; any exception becomes one line of feedback instead of a trace.</summary>
    public static T Run<T>(string exercise, Func<T> studentCode)
    {
        T result;
        try
        {
            result = studentCode();
        }
        catch (NotImplementedException e)
        {
            Course.Record(exercise, ExerciseStatus.NotStarted);
            throw new ExerciseNotPassedException(exercise, "not done yet.", e);
        }
        catch (ExerciseNotPassedException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw Fail(exercise, $"your code threw {e.GetType().Name}: {e.Message}", e);
        }
        // A null answer would make the check itself throw, with a stack trace: say it plainly instead.
        if (result is null) throw Fail(exercise, "your code returned null");
        return result;
    }

    /// <summary>Fails with the feedback unless the condition holds.</summary>
    public static void That(string exercise, bool condition, string feedback)
    {
        if (!condition) throw Fail(exercise, feedback);
    }

    /// <summary>A failed check: the feedback, and where help is (<c>Hint("1.1")</c>).</summary>
    public static ExerciseNotPassedException Fail(string exercise, string feedback, Exception? inner = null)
    {
        Course.Record(exercise, ExerciseStatus.Failing);
        string sentence = feedback.TrimEnd().EndsWith('.') || feedback.TrimEnd().EndsWith('?') ? feedback.TrimEnd() : feedback.TrimEnd() + ".";
        return new ExerciseNotPassedException(exercise, $"{sentence} Hint(\"{exercise}\") gives a hint.", inner);
    }

    /// <summary>A passed check, with what the student just learned.</summary>
    public static CheckResult Passed(string exercise, string learned)
    {
        Course.Record(exercise, ExerciseStatus.Passed);
        return new CheckResult(exercise, learned);
    }

    /// <summary>
    /// A check that cannot run on this corpus (it needs gold the corpus lacks, say): it says so instead of failing, and
    /// Progress() lists the exercise as skipped. <c>if (gold.Count == 0) return Check.Skip("3.7", "this corpus has no gold/mentions.tsv");</c>
    /// </summary>
    public static CheckResult Skip(string exercise, string reason)
    {
        Course.Record(exercise, ExerciseStatus.Skipped);
        return new CheckResult(exercise, reason, Skipped: true);
    }

    /// <summary>
    /// A conceptual question: the student's answer against the one the kit's own code gives (so the answer is
    /// worked out on the corpus the notebook loaded, never written in the check).
    /// </summary>
    public static CheckResult Answer<T>(string exercise, Func<T> studentAnswer, T expected, string learned, Func<T, string>? whyWrong = null)
    {
        T answer = Run(exercise, studentAnswer);
        That(exercise, EqualityComparer<T>.Default.Equals(answer, expected), whyWrong?.Invoke(answer) ?? $"{Shown(answer)} is not it; think again");
        return Passed(exercise, learned);
    }

    private static string Shown<T>(T value) => value switch
    {
        char c => $"'{c}'",
        string s => $"\"{s}\"",
        _ => value?.ToString() ?? "null",
    };
}
