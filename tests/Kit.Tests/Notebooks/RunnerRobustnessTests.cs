using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using Kit.Cli.Commands;
using Kit.Notebooks.Model;
using Kit.Notebooks.Running;
using Kit.Tests.Support;

namespace Kit.Tests.Notebooks;

/// <summary>
/// The runner against notebooks an instructor may write: malformed files named with the place, cells that throw,
/// never end or print megabytes; the notebook read is never changed; copies are written whole or not at all, even
/// when a run is interrupted.
/// </summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Kernel")]
public class RunnerRobustnessTests
{
    private const string Cell = """{"cell_type":"code","id":"c1","metadata":{},"execution_count":null,"outputs":[],"source":["1"]}""";

    // Each malformed notebook and the end of its one-line message (the file's path comes first).
    public static TheoryData<string, string> Malformed => new()
    {
        { "", "not valid JSON at line 1, position 1." },
        { "[]", "a notebook is a JSON object, this file holds Array." },
        { """{"cells": []}""", "nbformat is missing; the kit reads nbformat 4 (save it from VS Code or Jupyter to upgrade)." },
        { """{"nbformat": 4}""", "has no \"cells\" array." },
        { """{"nbformat": 4, "nbformat_minor": "5", "cells": []}""", "\"nbformat_minor\" is not a whole number." },
        { """{"nbformat": 4, "metadata": [], "cells": []}""", "the notebook's \"metadata\" is a list, not an object." },
        { """{"nbformat": 4, "metadata": {"polyglot_notebook": {"kernelInfo": {"defaultKernelName": 7}}}, "cells": []}""", "the notebook's kernelInfo \"defaultKernelName\" is a number, not a string." },
        { """{"nbformat": 4, "cells": [1]}""", "cell 1 is not a JSON object." },
        { """{"nbformat": 4, "cells": [{"cell_type": "code", "outputs": []}]}""", "cell 1 has no \"source\" (a string or a list of strings)." },
        { """{"nbformat": 4, "cells": [{"cell_type": "code", "source": ["a\n", 2], "outputs": []}]}""", "cell 1, \"source\" line 2 is not a string." },
        { """{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "outputs": {}}]}""", "cell 1 \"outputs\" is an object, not a list." },
        { """{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "metadata": "csharp"}]}""", "cell 1 \"metadata\" is a string, not an object." },
        { """{"nbformat": 4, "cells": [{"cell_type": "code", "source": "", "metadata": {"polyglot_notebook": {"kernelName": 1}}}]}""", "cell 1's polyglot_notebook \"kernelName\" is a number, not a string." },
        { "{\"nbformat\": 4, \"cells\": [" + Cell + ", " + Cell.Replace("\"id\":\"c1\"", "\"id\":2") + "]}", "cell 2 \"id\" is a number, not a string." },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_notebook_is_one_line_naming_the_file_and_the_place(string json, string message)
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.ipynb", json);
        Assert.Equal($"{path}: {message}", Assert.Throws<NotebookFormatException>(() => NotebookJson.Read(path)).Message);
        var result = KitCommand.Run("run", path, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"kit: {path}: {message}"], result.ErrLines);
    }

    [Fact]
    public void A_notebook_that_is_not_utf8_names_the_byte()
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("bad.ipynb", [.. Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": [\""), 0xFF, .. Encoding.UTF8.GetBytes("\"]}")]);
        Assert.StartsWith($"{path}: not valid UTF-8 at byte 27.", Assert.Throws<NotebookFormatException>(() => NotebookJson.Read(path)).Message);
    }

    [Fact]
    public void Running_never_changes_the_notebook_read()
    {
        using var temp = new TempFolder();
        var path = temp.File("nb/source.ipynb", NotebookFiles.Make(
            "Console.WriteLine(new string('x', 200_000));", "throw new Exception(\"boom\");", "System.Threading.Thread.Sleep(60_000);", "2"));
        var bytes = File.ReadAllBytes(path);
        var written = File.GetLastWriteTimeUtc(path);
        var (executed, outcome) = new NotebookRunner(new RunnerOptions { CellTimeout = TimeSpan.FromSeconds(8) }).Run(NotebookJson.Read(path));
        Assert.Equal(4, outcome.Cells.Count);
        Assert.NotEmpty((JsonArray)executed["cells"]![0]!["outputs"]!);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(["source.ipynb"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_copy_is_written_by_rename_so_a_failed_write_leaves_the_old_file_and_no_temporary()
    {
        using var temp = new TempFolder();
        var target = temp.File("out/x.ipynb", "old");
        NotebookJson.WriteAtomically(target, "new");
        Assert.Equal("new", File.ReadAllText(target));
        // A folder where the file should go: the rename fails, the temporary file goes, nothing else changes.
        Directory.CreateDirectory(Path.Combine(temp.Path, "out", "y.ipynb"));
        Assert.ThrowsAny<IOException>(() => NotebookJson.WriteAtomically(Path.Combine(temp.Path, "out", "y.ipynb"), "new"));
        Assert.Equal(["x.ipynb"], Directory.GetFiles(Path.Combine(temp.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void Kit_run_refuses_to_write_a_copy_over_a_notebook_it_reads()
    {
        using var temp = new TempFolder();
        // --out temp makes temp/notebooks/a.ipynb the copy of temp/notebooks/a.ipynb.
        var path = temp.File("notebooks/a.ipynb", NotebookFiles.Make("1"));
        var before = File.ReadAllBytes(path);
        var result = KitCommand.Run("run", path, "--out", temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"kit: {path}: kit run would write the executed copy of {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)} over a notebook it reads; choose another --out."], result.ErrLines);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Kit_run_refuses_an_out_folder_that_reaches_the_notebook_through_a_link()
    {
        using var temp = new TempFolder();
        // out/notebooks is a link to the folder of the notebook: the copy of a.ipynb would be a.ipynb itself.
        var path = temp.File("src/a.ipynb", NotebookFiles.Make("1"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "out"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "out", "notebooks"), Path.Combine(temp.Path, "src"));
        var before = File.ReadAllBytes(path);
        var result = KitCommand.Run("run", path, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("over a notebook it reads; choose another --out.", Assert.Single(result.ErrLines));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("--timeout", "-5", "kit: --timeout -5: give the seconds a cell may run, from 1 to 86400.")]
    [InlineData("--timeout", "0", "kit: --timeout 0: give the seconds a cell may run, from 1 to 86400.")]
    [InlineData("--memory", "10", "kit: --memory 10: give each kernel's ceiling in MB, from 256 to 65536.")]
    [InlineData("--out", "", "kit: --out \"\": give a folder for the executed notebooks.")]
    public void Kit_run_options_out_of_range_are_one_line_and_exit_2(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var path = temp.File("a.ipynb", NotebookFiles.Make("1"));
        var result = KitCommand.Run("run", path, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal([message], result.ErrLines);
    }

    [Fact]
    public void Kit_run_refuses_two_notebooks_whose_copies_would_share_a_name()
    {
        using var temp = new TempFolder();
        var a = temp.File("x/a.ipynb", NotebookFiles.Make("1"));
        var b = temp.File("y/a.ipynb", NotebookFiles.Make("2"));
        var result = KitCommand.Run("run", a, b, "--out", Path.Combine(temp.Path, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("would both be written there; run them with different --out folders.", Assert.Single(result.ErrLines));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public async Task A_cancelled_run_stops_in_the_cell_and_leaves_only_complete_copies()
    {
        using var temp = new TempFolder();
        var first = temp.File("nb/1-quick.ipynb", NotebookFiles.Make("1 + 1"));
        var second = temp.File("nb/2-endless.ipynb", NotebookFiles.Make("System.IO.File.WriteAllText(\"started\", \"\");", "System.Threading.Thread.Sleep(60_000);", "3"));
        var outDir = Path.Combine(temp.Path, "out");
        using var cancel = new CancellationTokenSource();
        var (stdout, stderr) = (Console.Out, Console.Error);
        var errors = new StringWriter();
        Console.SetOut(new StringWriter());
        Console.SetError(errors);
        int code;
        try
        {
            var run = Task.Run(() => RunCommand.Run([Path.Combine(temp.Path, "nb")], outDir, null, cancel.Token));
            WaitFor(() => File.Exists(Path.Combine(temp.Path, "nb", "started")) || run.IsCompleted);
            cancel.Cancel();
            code = await run;
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
        Assert.Equal(130, code);
        Assert.Contains("kit: interrupted in 2-endless.ipynb; its executed copy was not written (1 written before are complete).", errors.ToString());
        var written = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories);
        Assert.Equal([Path.Combine(outDir, "notebooks", "1-quick.ipynb")], written);
        Assert.True(NotebookJson.Read(written[0]).Cells.Single().IsCode); // whole and readable
        Assert.Equal(NotebookFiles.Make("System.IO.File.WriteAllText(\"started\", \"\");", "System.Threading.Thread.Sleep(60_000);", "3"), File.ReadAllText(second));
        Assert.True(File.Exists(first));
    }

    [Fact]
    public async Task Ctrl_c_in_kit_run_exits_130_and_leaves_no_file_behind()
    {
        if (!OperatingSystem.IsLinux()) return; // signals are sent with Linux's kill(2)
        using var temp = new TempFolder();
        temp.File("nb/endless.ipynb", NotebookFiles.Make("System.IO.File.WriteAllText(\"started\", \"\");", "System.Threading.Thread.Sleep(60_000);"));
        var outDir = Path.Combine(temp.Path, "out");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = temp.Path };
        foreach (var arg in new[] { typeof(Kit.Cli.Program).Assembly.Location, "run", Path.Combine(temp.Path, "nb"), "--out", outDir }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        WaitFor(() => File.Exists(Path.Combine(temp.Path, "nb", "started")) || process.HasExited);
        Assert.Equal(0, Kill(process.Id, 2)); // SIGINT, as Ctrl+C sends
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("kit run did not stop after Ctrl+C");
        }
        Assert.Equal(130, process.ExitCode);
        string errors = await stderr;
        Assert.Contains("kit: interrupted in endless.ipynb; its executed copy was not written", errors);
        Assert.DoesNotContain("   at ", errors);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir, "*", SearchOption.AllDirectories).Any(e => File.Exists(e)));
        await stdout;
    }

    // Polls until the condition holds; a generous bound so that a hang fails the test instead of the suite (not a speed check).
    private static void WaitFor(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(2)) Assert.Fail("the notebook never started its cell");
            Thread.Sleep(20);
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
