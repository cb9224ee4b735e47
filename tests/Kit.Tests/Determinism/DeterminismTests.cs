using Kit.Files;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Determinism;

/// <summary>
/// A demo gives the same bytes every time: two separate runs of the kit (each with its own string-hash seed, the second
/// under a German locale) write byte-identical executed notebooks and entity lists.
/// </summary>
[Collection(NotebookCollection.Name)]
public class DeterminismTests
{
    private static readonly Dictionary<string, string?> English = new() { ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = "en_US.UTF-8" };

    // German writes 1,5 and 1.234.567: output that depends on the machine's culture would differ here.
    private static readonly Dictionary<string, string?> German = new() { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" };

    [Fact]
    public void Kit_run_twice_writes_byte_identical_executed_notebooks()
    {
        using var temp = new TempFolder();
        string numbers = temp.File("extra/numbers.ipynb", NotebookFiles.Make(
            "Console.WriteLine(1.5);\nConsole.WriteLine($\"{1234567:N0} {new DateTime(2015, 9, 18):d}\");",
            "display(2.5);\nnew[] { 0.25, 3.5 }"));
        string instructor = Path.Combine(KitPaths.Notebooks, "instructor");

        var first = ChildProcess.Kit(temp.Path, English, "run", instructor, numbers, "--out", Path.Combine(temp.Path, "a"));
        var second = ChildProcess.Kit(temp.Path, German, "run", instructor, numbers, "--out", Path.Combine(temp.Path, "b"));
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        // stderr is not a terminal here: no progress lines, nothing at all when every cell succeeds.
        Assert.Equal("", first.Stderr);

        var written = Directory.GetFiles(Path.Combine(temp.Path, "a"), "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Directory.GetFiles(instructor, "*.ipynb").Length + 1, written.Count);
        foreach (var path in written)
        {
            string other = Path.Combine(temp.Path, "b", Path.GetRelativePath(Path.Combine(temp.Path, "a"), path));
            Assert.True(File.ReadAllBytes(path).SequenceEqual(File.ReadAllBytes(other)), $"{Path.GetFileName(path)} differs between two runs.");
        }
        Assert.Contains("\"1.5\\n\"", File.ReadAllText(Path.Combine(temp.Path, "a", "notebooks", "numbers.ipynb")));
    }

    [Fact]
    public void Kit_entities_json_is_byte_identical_between_runs()
    {
        var first = ChildProcess.Kit(KitPaths.Root, English, "entities", KitPaths.Seeds, "--format", "json");
        var second = ChildProcess.Kit(KitPaths.Root, German, "entities", KitPaths.Seeds, "--format", "json");
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("[", first.Stdout);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void Kit_report_is_byte_identical_between_runs_and_machines_cultures()
    {
        using var temp = new TempFolder();
        var first = ChildProcess.Kit(KitPaths.Root, English, "report", KitPaths.Seeds, "--out", Path.Combine(temp.Path, "a.html"));
        var second = ChildProcess.Kit(KitPaths.Root, German, "report", KitPaths.Seeds, "--out", Path.Combine(temp.Path, "b.html"));
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.True(File.ReadAllBytes(Path.Combine(temp.Path, "a.html")).SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Path, "b.html"))),
            "the report differs between two runs");
        Assert.Contains("15,205 characters", File.ReadAllText(Path.Combine(temp.Path, "b.html")));
    }
}
