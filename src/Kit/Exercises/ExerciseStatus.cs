namespace Kit.Exercises;

/// <summary>Where a student stands on one exercise in this session.</summary>
public enum ExerciseStatus
{
    NotStarted,
    Failing,
    Passed,
    Skipped,
}
