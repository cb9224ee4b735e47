using Kit.Files;

namespace Kit.Exercises;

/// <summary>
/// What a notebook asks of the course: where its corpus and gold are, hints on request (<c>Hint("2.1")</c>, then
/// again for the next), and a progress table (<c>Progress()</c>). Notebooks write <c>using static Kit.Exercises.Course;</c>.
/// </summary>
public static class Course
{
    /// <summary>The environment variable that points every notebook at another corpus folder.</summary>
    public const string CorpusVariable = "KIT_CORPUS";

    private static readonly object Gate = new();
    private static readonly Dictionary<string, ExerciseStatus> Statuses = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, int> HintsGiven = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, ExerciseInfo> Defined = new(StringComparer.Ordinal);
    private static string? _lastNotebook;

    public static ExerciseCatalog Catalog => ExerciseCatalog.Default;

    /// <summary>The corpus folder a notebook reads: KIT_CORPUS when it is set, else the notebook's own default.</summary>
    public static string CorpusFolder(string defaultFolder) =>
        Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } folder ? folder : defaultFolder;

    /// <summary>
    /// A gold file (or folder) of a corpus, or null when it has none: <c>FOLDER/gold/NAME</c>; else, for the repository's
    /// <c>seeds/</c>, <c>tests/gold/NAME</c> beside it. A student pack carries no gold, so its notebooks skip what needs it.
    /// </summary>
    public static string? GoldFile(string corpusFolder, string name)
    {
        static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
        string own = Path.Combine(corpusFolder, "gold", name);
        if (Exists(own)) return own;
        string beside = Path.GetFullPath(Path.Combine(corpusFolder, "..", "tests", "gold", name));
        return Path.GetFileName(Path.GetFullPath(corpusFolder).TrimEnd(Path.DirectorySeparatorChar)) == "seeds" && Exists(beside) ? beside : null;
    }

    /// <summary>The next hint of an exercise: the first call gives the gentlest, each call after it the next.</summary>
    public static HintText Hint(string exercise)
    {
        ExerciseInfo? info;
        lock (Gate) info = Defined.GetValueOrDefault(exercise) ?? Catalog[exercise];
        if (info is null)
            return new HintText(exercise, 0, 0, $"there is no exercise {exercise} in this course. Exercises: {string.Join(", ", Catalog.All.Select(e => e.Id).Concat(Defined.Keys).Distinct())}.");
        if (info.Hints.Count == 0) return new HintText(exercise, 0, 0, "this exercise has no hints: read the cells above it again.");
        int given;
        lock (Gate)
        {
            given = HintsGiven.GetValueOrDefault(exercise);
            HintsGiven[exercise] = Math.Min(given + 1, info.Hints.Count);
            _lastNotebook = info.Notebook;
        }
        int number = Math.Min(given + 1, info.Hints.Count);
        string more = number < info.Hints.Count ? "" : " (that is the last hint)";
        return new HintText(exercise, number, info.Hints.Count, info.Hints[number - 1] + more);
    }

    /// <summary>Each exercise of a notebook ("3"; default: the notebook of the last exercise checked): passed, failing or not started.</summary>
    public static ProgressReport Progress(string? notebook = null)
    {
        lock (Gate)
        {
            notebook ??= _lastNotebook ?? "1";
            var lines = Catalog.OfNotebook(notebook).Where(e => !Defined.ContainsKey(e.Id))
                .Concat(Defined.Values.Where(e => e.Notebook == notebook))
                .Order(ExerciseCatalog.ById)
                .Select(e => new ProgressLine(e.Id, e.Title, e.Kind, Statuses.GetValueOrDefault(e.Id, ExerciseStatus.NotStarted)))
                .ToList();
            return new ProgressReport(notebook, lines);
        }
    }

    /// <summary>
    /// Adds (or replaces) an exercise the notebook itself defines, with its hints: a check written in the notebook
    /// then uses <see cref="Check"/> like the library's checks do.
    /// </summary>
    public static ExerciseInfo Define(string exercise, string title, string kind = "practice", params string[] hints)
    {
        if (exercise.Split('.') is not [var n, var m] || !int.TryParse(n, out _) || !int.TryParse(m, out _))
            throw new KitInputException($"Exercise numbers look like 1.4, not '{exercise}'.");
        var info = new ExerciseInfo(exercise, title, kind, hints);
        lock (Gate) Defined[exercise] = info;
        return info;
    }

    /// <summary>Records a check's outcome (the checks call it; the latest attempt counts).</summary>
    internal static void Record(string exercise, ExerciseStatus status)
    {
        lock (Gate)
        {
            Statuses[exercise] = status;
            _lastNotebook = exercise.Split('.')[0];
        }
    }

    /// <summary>Forgets every outcome, hint given and exercise defined by a notebook (a fresh session).</summary>
    public static void Reset()
    {
        lock (Gate)
        {
            Statuses.Clear();
            HintsGiven.Clear();
            Defined.Clear();
            _lastNotebook = null;
        }
    }
}
