namespace Kit.Exercises;

/// <summary>One line of <see cref="ProgressReport"/>.</summary>
public sealed record ProgressLine(string Exercise, string Title, string Kind, ExerciseStatus Status);

/// <summary>The exercises of a notebook, each passed, failing or not started in this session.</summary>
[Kit.Display.TypeFormatterSource(typeof(ExerciseFormatters))]
public sealed record ProgressReport(string Notebook, IReadOnlyList<ProgressLine> Lines)
{
    public int Passed => Lines.Count(l => l.Status == ExerciseStatus.Passed);

    public static string Mark(ExerciseStatus status) => status switch
    {
        ExerciseStatus.Passed => "✅ passed",
        ExerciseStatus.Failing => "❌ failing",
        ExerciseStatus.Skipped => "⏭ skipped",
        _ => "· not started",
    };

    public string Summary => $"Notebook {Notebook}: {Passed} of {Lines.Count} exercises passed.";

    public override string ToString() =>
        string.Join("\n", Lines.Select(l => $"{Mark(l.Status),-15} {l.Exercise,-5} {l.Title}").Prepend(Summary));
}
