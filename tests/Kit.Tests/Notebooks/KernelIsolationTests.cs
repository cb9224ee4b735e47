using System.Diagnostics;
using Kit.Notebooks.Model;
using Kit.Notebooks.Running;
using Kit.Tests.Support;

namespace Kit.Tests.Notebooks;

/// <summary>
/// A cell cannot take the run down: each notebook has its own kernel process, so a stack overflow, an exit, a runaway
/// thread or a runaway allocation ends (or is contained in) that kernel only, and a cell that times out is stopped for
/// real. These broke kit run before it hosted the kernel in a child process (it died with the cell, exit 134).
/// </summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Kernel")]
public class KernelIsolationTests
{
    private static readonly string[] Good1 = ["var a = 20;", "a + 22", "Console.WriteLine(\"good one\");"];
    private static readonly string[] Good2 = ["\"سلام\"", "display(1.5);"];

    [Fact]
    public void Overflow_exit_and_a_runaway_thread_leave_every_other_notebooks_copy_as_a_clean_run_writes_it()
    {
        using var temp = new TempFolder();
        string clean = Path.Combine(temp.Path, "clean"), hostile = Path.Combine(temp.Path, "hostile");
        foreach (var folder in new[] { clean, hostile })
        {
            temp.File(Path.Combine(folder, "1-good.ipynb"), NotebookFiles.Make(Good1));
            temp.File(Path.Combine(folder, "5-good.ipynb"), NotebookFiles.Make(Good2));
        }
        temp.File(Path.Combine(hostile, "2-overflow.ipynb"), NotebookFiles.Make("int Deeper(int n) => Deeper(n + 1) + 1;", "Deeper(0)", "\"never\""));
        temp.File(Path.Combine(hostile, "3-exit.ipynb"), NotebookFiles.Make("Environment.Exit(3);", "\"never\""));
        temp.File(Path.Combine(hostile, "4-runaway.ipynb"), NotebookFiles.Make(
            "new System.Threading.Thread(() => { while (true) { Console.WriteLine(\"runaway\"); System.Threading.Thread.Sleep(1); } }) { IsBackground = false }.Start();",
            "System.Threading.Thread.Sleep(300); \"after\""));

        var (cleanCode, _) = Run([clean], Path.Combine(temp.Path, "out-clean"));
        var (hostileCode, errors) = Run([hostile], Path.Combine(temp.Path, "out-hostile"));

        Assert.Equal(0, cleanCode);
        Assert.Equal(1, hostileCode);
        foreach (var name in new[] { "1-good.ipynb", "5-good.ipynb" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "out-clean", "notebooks", name)), File.ReadAllBytes(Path.Combine(temp.Path, "out-hostile", "notebooks", name)));
        // The dead kernels are named, and what ran before them is written.
        Assert.Contains("2-overflow.ipynb, In [2]: the kernel died: stack overflow", errors);
        Assert.Contains("2-overflow.ipynb, In [3]: not run: the kernel died in In [2]", errors);
        Assert.Contains("3-exit.ipynb, In [1]: the kernel died: the kernel process exited with code 3.", errors);
        var overflow = NotebookJson.Read(Path.Combine(temp.Path, "out-hostile", "notebooks", "2-overflow.ipynb"));
        Assert.Equal(3, overflow.CodeCells.Count());
    }

    [Fact]
    public void A_cell_that_times_out_is_stopped_for_real()
    {
        using var temp = new TempFolder();
        string path = temp.File("nb/spin.ipynb", NotebookFiles.Make(
            "System.IO.File.WriteAllText(\"kernel.pid\", Environment.ProcessId.ToString());", "while (true) { }", "\"never\""));
        var (_, outcome) = new NotebookRunner(new RunnerOptions { CellTimeout = TimeSpan.FromSeconds(5) }).Run(NotebookJson.Read(path));
        Assert.True(outcome.Cells[0].Succeeded, outcome.Cells[0].Error);
        Assert.Equal("spin.ipynb, In [2]: did not finish within 5 s (the per-cell timeout); the kernel was stopped.", outcome.Cells[1].Error);
        Assert.Equal("spin.ipynb, In [3]: not run: In [2] timed out and its kernel was stopped", outcome.Cells[2].Error);
        int pid = int.Parse(File.ReadAllText(Path.Combine(temp.Path, "nb", "kernel.pid")));
        // The spinning kernel is gone: no thread of it runs on after the timeout.
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(pid));
    }

    [Fact]
    public void A_runaway_allocation_meets_the_memory_ceiling_and_the_notebook_goes_on()
    {
        using var temp = new TempFolder();
        string path = temp.File("nb/hog.ipynb", NotebookFiles.Make(
            // The allocation lives in a method: once it throws, nothing holds the memory and the next cell can run.
            "void Hog() { var hog = new List<byte[]>(); while (true) hog.Add(new byte[10_000_000]); }\nHog();", "GC.Collect(); \"still here\""));
        var (executed, outcome) = new NotebookRunner(new RunnerOptions { MemoryLimitBytes = 768L << 20 }).Run(NotebookJson.Read(path));
        var hog = outcome.Cells[0];
        Assert.False(hog.Succeeded);
        Assert.True(hog.Error!.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || hog.Error.Contains("out of memory", StringComparison.OrdinalIgnoreCase)
            || hog.Error.Contains("Insufficient memory", StringComparison.OrdinalIgnoreCase), hog.Error);
        Assert.True(outcome.Cells[1].Succeeded, outcome.Cells[1].Error);
        Assert.Equal("still here", executed["cells"]![1]!["outputs"]![0]!["data"]!["text/plain"]!.GetValue<string>());
    }

    // kit run as a shell starts it (KitCommand captures the console).
    private static (int Code, string Errors) Run(string[] inputs, string outDir)
    {
        var result = KitCommand.Run(["run", .. inputs, "--out", outDir]);
        return (result.ExitCode, result.Err);
    }
}
