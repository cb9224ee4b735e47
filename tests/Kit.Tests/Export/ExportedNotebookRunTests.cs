using System.Text.Json.Nodes;
using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Notebooks.Running;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;
using Kit.Text;

namespace Kit.Tests.Export;

/// <summary>
/// kit export end to end: notebooks 01 and 02 leave as file-based apps, <c>dotnet run FILE.cs</c> runs them from outside
/// the repository, and they print what the notebook run displays. Slow (a build per notebook), so two notebooks only.
/// </summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Kernel")]
public class ExportedNotebookRunTests
{
    // One folder per checkout, outside the repository: dotnet keeps one build cache per program path, so a fixed path
    // lets later runs reuse it instead of leaving a new cache behind every time.
    private static readonly string ExportFolder = Path.Combine(Path.GetTempPath(),
        "kit-export-test-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(KitPaths.Root)))[..12]);

    [Theory]
    [InlineData("01-corpus-and-normalization.ipynb")]
    [InlineData("02-tokenization.ipynb")]
    public void Exported_notebook_runs_with_dotnet_run_and_prints_what_the_notebook_shows(string name)
    {
        string notebookPath = Path.Combine(KitPaths.Notebooks, "instructor", name);
        string program = Path.Combine(ExportFolder, Path.ChangeExtension(name, ".cs"));
        Assert.Equal(program, Kit.Cli.Commands.ExportCommand.Export(notebookPath, program));

        // From a folder outside the repository, without KIT_ROOT: the program finds the seeds as the notebook does.
        var run = ChildProcess.Run("dotnet", ["run", program], Path.GetTempPath(), new Dictionary<string, string?> { ["KIT_ROOT"] = null });
        Assert.True(run.ExitCode == 0, $"dotnet run {program} exited {run.ExitCode}:\n{run.Stderr}\n{run.Stdout}");

        var notebook = NotebookJson.Read(notebookPath);
        var (executed, outcome) = new NotebookRunner().Run(notebook);
        Assert.True(outcome.Succeeded);
        string notebookHtml = string.Concat(executed["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"] as JsonArray ?? [])
            .Select(o => o!["data"]?["text/html"]?.GetValue<string>() ?? ""));

        // Every exercise passes its check in the program too, with the feedback the notebook shows.
        var checks = run.Stdout.Split('\n').Where(l => l.StartsWith("✅ Exercise ", StringComparison.Ordinal)).ToList();
        Assert.Equal(ExerciseReleaser.Exercises(notebook).Select(e => $"✅ Exercise {e}:"), checks.Select(l => l[..(l.IndexOf(':') + 1)]));
        foreach (var check in checks)
        {
            string exercise = check["✅ Exercise ".Length..check.IndexOf(':')];
            string feedback = check[(check.IndexOf(':') + 2)..];
            Assert.Contains($"✅ <b>{Html.Escape(exercise)}</b>: {Html.Escape(feedback)}", notebookHtml);
        }

        // The first cell shows the corpus: the same five documents.
        foreach (var document in Seeds.Corpus)
        {
            Assert.Contains(document.Id, run.Stdout);
            Assert.Contains($"<td>{document.Id}</td>", notebookHtml);
        }
    }
}
