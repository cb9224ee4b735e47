using Kit.Files;
using Kit.Scale;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;
using Kit.Text;

namespace Kit.Tests.Faults;

/// <summary>
/// report --out and export --out overwrote anything with exit 0: an instructor notebook, a corpus article, the
/// library's own source file, through a symbolic link too. Now the path is resolved through links first; a notebook,
/// an input and a file of the kit (src/, notebooks/, seeds/, tests/) are never written over; an existing file only when
/// the same command wrote it, or with --force. Each refusal is one line, exit 2, the file unchanged.
/// </summary>
[Collection(NotebookCollection.Name)]
public class SafeWriterTests
{
    private const string Precious = "a file someone cares about\n";

    private static string Notebook => Path.Combine(KitPaths.Notebooks, "instructor", "01-corpus-and-normalization.ipynb");

    private static string Corpus(TempFolder temp)
    {
        temp.File("corpus/a.txt", "قال لافروف في موسكو إن \"الحل سياسي\".\n");
        return Path.Combine(temp.Path, "corpus");
    }

    private static void AssertRefused(KitCommand.Result result, string path, string because)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith($"kit: {path}", line);
        Assert.Contains(because, line);
    }

    [Fact]
    public void Report_never_writes_over_a_notebook_even_through_a_link()
    {
        using var temp = new TempFolder();
        var notebook = temp.File("lesson.ipynb", Precious);
        var link = Path.Combine(temp.Path, "report.html");
        File.CreateSymbolicLink(link, notebook);
        AssertRefused(KitCommand.Run("report", Corpus(temp), "--out", notebook), notebook, "is a notebook");
        AssertRefused(KitCommand.Run("report", Corpus(temp), "--out", link, "--force"), link, "is a notebook");
        Assert.Equal(Precious, File.ReadAllText(notebook));
        Assert.Equal(notebook, new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void Report_never_writes_over_its_own_corpus()
    {
        using var temp = new TempFolder();
        string corpus = Corpus(temp);
        string article = Path.Combine(corpus, "a.txt");
        string before = File.ReadAllText(article);
        AssertRefused(KitCommand.Run("report", corpus, "--out", article, "--force"), article, "is a file kit report reads");
        Assert.Equal(before, File.ReadAllText(article));
    }

    [Fact]
    public void Report_replaces_its_own_report_but_another_file_only_with_force()
    {
        using var temp = new TempFolder();
        string corpus = Corpus(temp);
        var notes = temp.File("notes.html", Precious);
        AssertRefused(KitCommand.Run("report", corpus, "--out", notes), notes, "exists and was not written by kit report; give --out another name, or add --force");
        Assert.Equal(Precious, File.ReadAllText(notes));

        string report = Path.Combine(temp.Path, "report.html");
        Assert.Equal(0, KitCommand.Run("report", corpus, "--out", report).ExitCode);
        Assert.Equal(0, KitCommand.Run("report", corpus, "--out", report, "--title", "again").ExitCode);
        Assert.Contains("again", File.ReadAllText(report));

        Assert.Equal(0, KitCommand.Run("report", corpus, "--out", notes, "--force").ExitCode);
        Assert.Contains(Kit.Reporting.CorpusReport.GeneratorMarker, File.ReadAllText(notes));
    }

    [Fact]
    public void Export_never_writes_over_a_notebook_through_a_link_nor_a_cs_file_it_did_not_write()
    {
        using var temp = new TempFolder();
        var notebook = temp.File("lesson.ipynb", Precious);
        var link = Path.Combine(temp.Path, "lesson.cs");
        File.CreateSymbolicLink(link, notebook);
        AssertRefused(KitCommand.Run("export", Notebook, "--out", link), link, "is a notebook");
        Assert.Equal(Precious, File.ReadAllText(notebook));

        var program = temp.File("Program.cs", Precious);
        AssertRefused(KitCommand.Run("export", Notebook, "--out", program), program, "exists and was not written by kit export");
        Assert.Equal(Precious, File.ReadAllText(program));

        string exported = Path.Combine(temp.Path, "01.cs");
        Assert.Equal(0, KitCommand.Run("export", Notebook, "--out", exported).ExitCode);
        Assert.Equal(0, KitCommand.Run("export", Notebook, "--out", exported).ExitCode);
        Assert.Equal(0, KitCommand.Run("export", Notebook, "--out", program, "--force").ExitCode);
        Assert.StartsWith("// 01-corpus-and-normalization.ipynb as a .NET 10 file-based app", File.ReadAllText(program));
    }

    /// <summary>In a copy of the kit's layout (KIT_ROOT), so that a kit that would write over its source writes over a copy.</summary>
    [Theory]
    [InlineData("export")]
    [InlineData("report")]
    public void Neither_writes_over_the_kits_own_source_even_with_force(string command)
    {
        using var temp = new TempFolder();
        string root = Path.Combine(temp.Path, "kit");
        File.WriteAllText(temp.File("kit/Kit.sln", ""), "");
        temp.File("kit/seeds/a.txt", "قال لافروف.\n");
        temp.File("kit/src/Kit/Kit.csproj", "<Project />\n");
        var source = temp.File("kit/src/Kit/Text/Html.cs", Precious);
        string[] args = command == "export"
            ? ["export", Notebook, "--out", source, "--force"]
            : ["report", Corpus(temp), "--out", source, "--force"];
        var result = ChildProcess.Kit(temp.Path, new Dictionary<string, string?> { ["KIT_ROOT"] = root }, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"kit: {source}: is in the kit's own src/ folder; kit {command} never writes there. Give --out a path outside it.", result.Stderr.TrimEnd('\n'));
        Assert.Equal(Precious, File.ReadAllText(source));
    }

    [Fact]
    public void A_signal_during_the_report_leaves_no_file_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        string corpus = Path.Combine(temp.Path, "corpus");
        CorpusGenerator.FromSeeds().Write(corpus, 20_000_000); // large enough to outlast 1.5 s on two cores (6 MB no longer did)
        string report = Path.Combine(temp.Path, "out", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        var (signal, exitCode) = SignalChild.Interrupt;
        using var child = new SignalChild(temp.Path, "report", corpus, "--out", report);
        Thread.Sleep(TimeSpan.FromSeconds(1.5)); // started, analyzing
        Assert.False(child.HasExited, "the report was done before the signal: give it a larger corpus");
        child.Send(signal);
        var (code, _, stderr) = child.Wait(TimeSpan.FromSeconds(60));
        Assert.Equal(exitCode, code);
        Assert.EndsWith($"kit: interrupted; {report} was not written.", stderr.TrimEnd('\n'));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(report)!));
    }
}
