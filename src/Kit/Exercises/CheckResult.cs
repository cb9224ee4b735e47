namespace Kit.Exercises;

/// <summary>
/// A passed check: displays as a green tick with what the student just learned. A skipped one (a check that needs
/// what the corpus lacks, such as gold) says why, and counts as neither passed nor failing.
/// </summary>
[Kit.Display.TypeFormatterSource(typeof(ExerciseFormatters))]
public sealed record CheckResult(string Exercise, string Message, bool Skipped = false)
{
    // "Exercise" spelled out: in a console (an exported notebook) the line stands alone, without the notebook's heading.
    public override string ToString() => Skipped ? $"⏭ Exercise {Exercise}: skipped: {Message}" : $"✅ Exercise {Exercise}: {Message}";
}
