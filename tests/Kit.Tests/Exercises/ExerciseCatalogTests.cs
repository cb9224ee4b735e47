using Kit.Exercises;
using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Notebooks.Release;

namespace Kit.Tests.Exercises;

/// <summary>The course's exercise list (Data/exercises.json) agrees with the notebooks, and its hints never give a solution away.</summary>
public class ExerciseCatalogTests
{
    private static IReadOnlyList<Notebook> Instructor() =>
        Directory.GetFiles(Path.Combine(KitPaths.Notebooks, "instructor"), "*.ipynb").Order(StringComparer.Ordinal).Select(NotebookJson.Read).ToList();

    [Fact]
    public void Every_exercise_of_the_notebooks_is_listed_with_at_least_two_hints_and_nothing_else_is()
    {
        var inNotebooks = Instructor().SelectMany(ExerciseReleaser.Exercises).ToList();
        Assert.Equal(inNotebooks, ExerciseCatalog.Default.All.Select(e => e.Id));
        Assert.All(ExerciseCatalog.Default.All, e => Assert.True(e.Hints.Count >= 2, $"{e.Id} has {e.Hints.Count} hints"));
        Assert.All(ExerciseCatalog.Default.All, e => Assert.Contains(e.Kind, new[] { "practice", "algorithm", "concept" }));
    }

    [Fact]
    public void Each_notebook_has_five_exercises_two_that_ask_for_an_algorithm_and_a_question()
    {
        foreach (var notebook in new[] { "1", "2", "3", "4", "5" })
        {
            var exercises = ExerciseCatalog.Default.OfNotebook(notebook);
            Assert.True(exercises.Count >= 5, $"notebook {notebook}: {exercises.Count} exercises");
            Assert.True(exercises.Count(e => e.Kind == "algorithm") >= 2, $"notebook {notebook}: fewer than two algorithmic exercises");
            Assert.Contains(exercises, e => e.Kind == "concept");
        }
    }

    [Fact]
    public void No_hint_holds_a_line_of_the_solution()
    {
        foreach (var notebook in Instructor())
        {
            foreach (var (id, lines) in Solutions(notebook))
            {
                var hints = ExerciseCatalog.Default[id]!.Hints;
                foreach (var line in lines.Where(l => l.Length >= 12 || l.StartsWith("return ", StringComparison.Ordinal)))
                    Assert.DoesNotContain(hints, h => h.Contains(line, StringComparison.Ordinal));
            }
        }
    }

    // The trimmed lines of each solution region, by exercise.
    private static IEnumerable<(string Id, List<string> Lines)> Solutions(Notebook notebook)
    {
        string? exercise = null;
        List<string>? current = null;
        foreach (var cell in notebook.Cells)
        {
            foreach (var raw in cell.Source.Split('\n'))
            {
                string line = raw.Trim();
                if (System.Text.RegularExpressions.Regex.Match(line, @"Exercise\s+(\d+\.\d+)") is { Success: true } m && current is null) exercise = m.Groups[1].Value;
                if (line == ExerciseReleaser.BeginMarker) current = [];
                else if (line == ExerciseReleaser.EndMarker) { yield return (exercise!, current!); current = null; }
                else current?.Add(line);
            }
        }
    }
}
