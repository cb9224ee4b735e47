using System.Text.Json.Nodes;
using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Notebooks.Running;
using Kit.Tests.Support;

namespace Kit.Tests.Notebooks;

[CollectionDefinition(Name)]
public sealed class JupyterCollection
{
    public const string Name = "jupyter";
}

/// <summary>
/// Every notebook run as a student runs it: Jupyter's runner and the .NET (C#) kernel of the pinned tool. Instructor
/// notebooks run clean with their charts as plotly MIME output, cell for cell what kit run shows; student notebooks
/// answer every cell (no hang), failing only at their exercises, each with its message and no stack trace.
/// </summary>
[Collection(JupyterCollection.Name)]
[Trait("Category", "Jupyter")]
public class JupyterNotebooksTests
{
    private const string PlotlyMime = "application/vnd.plotly.v1+json";

    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(Path.Combine(KitPaths.Notebooks, "instructor"), "*.ipynb").Select(Path.GetFileName).Order()!);

    [NeedsTheory(Tool.Jupyter)]
    [MemberData(nameof(Notebooks))]
    public void Instructor_notebook_runs_clean_in_Jupyter_with_the_outputs_kit_run_gives(string name)
    {
        Needs.Ensure(Tool.Jupyter);
        string path = Path.Combine(KitPaths.Notebooks, "instructor", name);
        var (executed, process) = Jupyter.Execute(path, allowErrors: false);
        Assert.True(process.ExitCode == 0, $"nbconvert failed:\n{process.Stderr[^Math.Min(3000, process.Stderr.Length)..]}");
        Assert.Empty(Jupyter.Errors(executed));
        var (runner, _) = new NotebookRunner().Run(NotebookJson.Read(path));
        var inJupyter = Shown(executed);
        var inKitRun = Shown(runner);
        Assert.Equal(inKitRun.Count, inJupyter.Count);
        for (int i = 0; i < inKitRun.Count; i++)
            Assert.True(inKitRun[i].SequenceEqual(inJupyter[i]), $"{name} In [{i + 1}]: kit run shows [{string.Join(", ", inKitRun[i])}], Jupyter [{string.Join(", ", inJupyter[i])}]");
        if (inKitRun.Any(c => c.Contains(PlotlyMime)))
            Assert.Contains(inJupyter, c => c.Contains(PlotlyMime));
    }

    [NeedsTheory(Tool.Jupyter)]
    [MemberData(nameof(Notebooks))]
    public void Student_notebook_answers_every_cell_in_Jupyter_and_fails_only_at_its_exercises(string name)
    {
        Needs.Ensure(Tool.Jupyter);
        var exercises = ExerciseReleaser.Exercises(NotebookJson.Read(Path.Combine(KitPaths.Notebooks, "instructor", name)));
        // A cell that never answers fails the run at this timeout instead of hanging it.
        var (executed, process) = Jupyter.Execute(Path.Combine(KitPaths.Notebooks, "student", name), allowErrors: true, cellTimeoutSeconds: 120);
        Assert.True(process.ExitCode == 0, $"nbconvert failed (a cell that never answered?):\n{process.Stderr[^Math.Min(3000, process.Stderr.Length)..]}");
        var errors = Jupyter.Errors(executed);
        Assert.Equal(exercises.Select(e => $"Exercise {e}"), errors.Select(e => Exercise(e.Error)));
        foreach (var (_, error) in errors)
            Assert.DoesNotContain(error["traceback"]!.AsArray(), line => line!.GetValue<string>().Contains("   at ", StringComparison.Ordinal));
    }

    [NeedsFact(Tool.Jupyter)]
    public void A_failed_exercise_check_does_not_hang_the_Jupyter_kernel()
    {
        Needs.Ensure(Tool.Jupyter);
        // Before the fix, ExerciseNotPassedException.StackTrace was null and the Jupyter host never answered this cell.
        string folder = Path.Combine(Jupyter.Home, "work", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string kit = Path.GetRelativePath(folder, typeof(Kit.Exercises.ExerciseNotPassedException).Assembly.Location).Replace('\\', '/');
            string path = Path.Combine(folder, "hang.ipynb");
            File.WriteAllText(path, NotebookFiles.Make($"#r \"{kit}\"", "throw new Kit.Exercises.ExerciseNotPassedException(\"9.9\", \"not done yet.\");", "6 * 7"));
            var (executed, process) = Jupyter.Execute(path, allowErrors: true, cellTimeoutSeconds: 60);
            Assert.True(process.ExitCode == 0, process.Stderr);
            var error = Assert.Single(Jupyter.Errors(executed));
            Assert.Equal(2, error.In);
            Assert.Equal("❌ Exercise 9.9: not done yet.", error.Error["evalue"]!.GetValue<string>());
            var last = executed["cells"]![2]!["outputs"]!.AsArray().Single()!;
            Assert.Contains("42", last["data"]!["text/html"]!.ToJsonString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Exercise(JsonObject error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error["evalue"]?.GetValue<string>() ?? "", @"Exercise \d+\.\d+");
        return match.Success ? match.Value : error["evalue"]?.GetValue<string>() ?? "";
    }

    // What each code cell shows, as a list of "stream:name" and MIME types, without the Jupyter host's own bootstrap
    // script (the first cell's HTML that finds the output cell, not deterministic).
    private static List<List<string>> Shown(JsonObject notebook) =>
        ((JsonArray)notebook["cells"]!).OfType<JsonObject>().Where(c => c["cell_type"]!.GetValue<string>() == "code")
            .Select(c => ((JsonArray?)c["outputs"] ?? []).OfType<JsonObject>()
                .Where(o => !(o["data"]?["text/html"]?.ToJsonString().Contains("dotnet-interactive-this-cell", StringComparison.Ordinal) ?? false))
                .SelectMany(o => o["output_type"]!.GetValue<string>() == "stream"
                    ? new[] { $"stream:{o["name"]!.GetValue<string>()}" }
                    : ((JsonObject?)o["data"] ?? []).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray())
                .ToList())
            .ToList();
}
