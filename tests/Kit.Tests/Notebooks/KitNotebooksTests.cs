using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Notebooks.Running;
using Kit.Tests.Support;

namespace Kit.Tests.Notebooks;

/// <summary>The kit's own notebooks: instructors' run clean, students' fail exactly at their exercises, with hints.</summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Kernel")]
public class KitNotebooksTests
{
    private static string Instructor => Path.Combine(KitPaths.Notebooks, "instructor");

    private static string Student => Path.Combine(KitPaths.Notebooks, "student");

    public static TheoryData<string> InstructorNotebooks() =>
        new(Directory.GetFiles(Path.Combine(KitPaths.Notebooks, "instructor"), "*.ipynb").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(InstructorNotebooks))]
    public void Instructor_notebook_runs_clean_and_passes_its_checks(string name)
    {
        var notebook = NotebookJson.Read(Path.Combine(Instructor, name));
        var before = File.ReadAllBytes(notebook.Path);
        var (executed, outcome) = new NotebookRunner().Run(notebook);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Cells.Where(c => !c.Succeeded).Select(c => c.Error)));
        Assert.Equal(before, File.ReadAllBytes(notebook.Path));
        // Every exercise's check displayed its green result, and the progress table lists them all as passed.
        var exercises = ExerciseReleaser.Exercises(notebook);
        var html = executed["cells"]!.AsArray()
            .Select(c => c!["outputs"] is System.Text.Json.Nodes.JsonArray outputs
                ? string.Concat(outputs.Select(o => o!["data"]?["text/html"]?.GetValue<string>() ?? "")) : "")
            .ToList();
        Assert.Equal(exercises.Select(e => $"✅ <b>{e}</b>"), html.Where(h => h.Contains("✅ <b>")).Select(h => h[h.IndexOf("✅ <b>")..(h.IndexOf("</b>") + 4)]));
        Assert.Contains(html, h => h.Contains($"{exercises.Count} of {exercises.Count} exercises passed."));
        using var temp = new TempFolder();
        var path = temp.File(name, NotebookJson.Serialize(executed));
        if (Needs.WhyMissing(Tool.Nbformat) is null) Assert.Null(Nbformat.Validate(path));
        else Assert.False(Needs.InCi, "python3-nbformat is missing; CI must have it");
    }

    [Theory]
    [MemberData(nameof(InstructorNotebooks))]
    public void Notebooks_say_their_language_is_CSharp_so_nbconvert_and_VS_Code_highlight_it(string name)
    {
        // What the .NET (C#) Jupyter kernel itself reports; "polyglot-notebook" is a name no highlighter knows.
        foreach (var folder in new[] { "instructor", "student" })
        {
            var metadata = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(KitPaths.Notebooks, folder, name)))!["metadata"]!;
            Assert.Equal("csharp", metadata["language_info"]?["pygments_lexer"]?.GetValue<string>());
            Assert.Equal("text/x-csharp", metadata["language_info"]?["mimetype"]?.GetValue<string>());
            Assert.Equal(".net-csharp", metadata["kernelspec"]?["name"]?.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(InstructorNotebooks))]
    public void Committed_student_notebook_is_what_kit_release_makes(string name)
    {
        var released = ExerciseReleaser.Release(NotebookJson.Read(Path.Combine(Instructor, name)));
        var committed = Path.Combine(Student, name);
        Assert.True(File.Exists(committed), $"notebooks/student/{name} is missing: run `dotnet run --project src/Kit.Cli -- release`.");
        Assert.True(released == File.ReadAllText(committed),
            $"notebooks/student/{name} differs from what kit release makes: run `dotnet run --project src/Kit.Cli -- release`.");
    }

    [Theory]
    [MemberData(nameof(InstructorNotebooks))]
    public void Student_notebook_fails_only_at_its_exercises_saying_not_done_yet_and_nothing_more(string name)
    {
        var instructor = NotebookJson.Read(Path.Combine(Instructor, name));
        var exercises = ExerciseReleaser.Exercises(instructor);
        Assert.NotEmpty(exercises);
        var (executed, outcome) = new NotebookRunner().Run(NotebookJson.Read(Path.Combine(Student, name)));
        var failed = outcome.Cells.Where(c => !c.Succeeded).ToList();
        Assert.Equal(exercises.Count, failed.Count);
        for (int i = 0; i < exercises.Count; i++)
        {
            var error = executed["cells"]![failed[i].Cell - 1]!["outputs"]!.AsArray().Single(o => o!["output_type"]!.GetValue<string>() == "error")!;
            // The student sees one line, no hint (hints come on request) and no stack trace.
            Assert.Equal($"❌ Exercise {exercises[i]}: not done yet.", Assert.Single(error["traceback"]!.AsArray())!.GetValue<string>());
            Assert.Contains($"❌ Exercise {exercises[i]}: not done yet.", failed[i].Error);
        }
    }

    [Fact]
    public void Release_makes_stubs_deterministically()
    {
        var (source, exercise) = ExerciseReleaser.ReplaceSolutions(
            "// Exercise 2.1\nint F()\n{\n    // BEGIN SOLUTION\n    return 42;\n    // END SOLUTION\n}\nCheck(F)", null, "nb", 3);
        Assert.Equal("// Exercise 2.1\nint F()\n{\n    throw new NotImplementedException(\"Exercise 2.1\");\n}\nCheck(F)", source);
        Assert.Equal("2.1", exercise);
    }

    [Fact]
    public void Release_rejects_an_unclosed_region_naming_the_cell()
    {
        var e = Assert.Throws<NotebookFormatException>(() => ExerciseReleaser.ReplaceSolutions("// Exercise 1.1\n// BEGIN SOLUTION\nx", null, "nb.ipynb", 4));
        Assert.Equal("nb.ipynb, cell 4: // BEGIN SOLUTION is never closed by // END SOLUTION.", e.Message);
    }

    [Fact]
    public void Release_refuses_to_write_into_the_instructor_folder()
    {
        using var temp = new TempFolder();
        temp.File("src/a.ipynb", NotebookFiles.Make("1"));
        var source = Path.Combine(temp.Path, "src");
        Assert.Throws<NotebookFormatException>(() => NotebookRelease.ReleaseFolder(source, source));
        Assert.Throws<NotebookFormatException>(() => NotebookRelease.ReleaseFolder(source, Path.Combine(source, "student")));
        var written = NotebookRelease.ReleaseFolder(source, Path.Combine(temp.Path, "student"));
        Assert.Single(written);
    }

    [Fact]
    public void Kit_run_exits_non_zero_and_names_notebook_and_cell_of_a_failure()
    {
        using var temp = new TempFolder();
        var path = temp.File("broken.ipynb", NotebookFiles.Make("var a = 1;", "var b = a;\nthrow new InvalidOperationException(\"boom\");"));
        var errors = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetError(errors);
        Console.SetOut(new StringWriter());
        int code;
        try
        {
            code = Kit.Cli.Commands.RunCommand.Run([path], Path.Combine(temp.Path, "out"));
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
        Assert.Equal(1, code);
        Assert.Contains("broken.ipynb, In [2]: boom", errors.ToString());
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "notebooks", "broken.ipynb")));
    }
}
