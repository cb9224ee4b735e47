using System.Text.RegularExpressions;
using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Notebooks.Running;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Exercises;

/// <summary>The worked example of docs/exercises.md, taken from the page: it passes as written and fails as released.</summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Kernel")]
public class WorkedExampleTests
{
    private static string ExampleCell()
    {
        string page = File.ReadAllText(Path.Combine(KitPaths.Root, "docs", "exercises.md"));
        string section = page[page.IndexOf("## A worked example", StringComparison.Ordinal)..];
        var block = Regex.Match(section, @"```csharp\n(?<code>.*?)```", RegexOptions.Singleline).Groups["code"].Value;
        return string.Join("\n", block.TrimEnd().Split('\n').Select(l => l.StartsWith("   ", StringComparison.Ordinal) ? l[3..] : l));
    }

    [Fact]
    public void The_worked_example_passes_in_an_instructor_notebook_and_says_not_done_yet_once_released()
    {
        using var temp = new TempFolder();
        using var fresh = new FreshCourse();
        // Kit.dll by its full path, so that any kernel (the Roslyn runner or the real one) loads it from a temporary folder.
        string kit = typeof(Kit.Corpus.Document).Assembly.Location.Replace('\\', '/');
        string first = $"#r \"{kit}\"\nusing Kit.Corpus;\nusing Kit.Exercises;\nusing static Kit.Exercises.Course;\nvar corpus = CorpusLoader.Load(\"{KitPaths.Seeds}\");";
        var instructor = NotebookJson.Read(temp.File("01-example.ipynb", NotebookFiles.Make(first, ExampleCell(), "Hint(\"1.7\")")));
        var (executed, outcome) = new NotebookRunner().Run(instructor);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Cells.Where(c => !c.Succeeded).Select(c => c.Error)));
        string outputs = string.Concat(executed["cells"]!.AsArray().SelectMany(c => c!["outputs"]!.AsArray())
            .Select(o => o!["data"]?["text/html"]?.GetValue<string>() ?? ""));
        Assert.Contains("✅ <b>1.7</b>", outputs);
        Assert.Contains("A document&#39;s Headline is null when it has none.", outputs);

        var student = NotebookJson.Parse(ExerciseReleaser.Release(instructor), temp.File("student.ipynb", "{}"));
        var (_, studentOutcome) = new NotebookRunner().Run(student);
        var failed = Assert.Single(studentOutcome.Cells, c => !c.Succeeded);
        Assert.Contains("❌ Exercise 1.7: not done yet.", failed.Error);
    }

    /// <summary>Forgets the exercise the example defines, so other notebooks' progress does not list it.</summary>
    private sealed class FreshCourse : IDisposable
    {
        public FreshCourse() => Kit.Exercises.Course.Reset();

        public void Dispose() => Kit.Exercises.Course.Reset();
    }
}
