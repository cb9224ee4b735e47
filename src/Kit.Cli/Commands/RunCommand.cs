using System.CommandLine;
using System.Text.Json.Nodes;
using Kit.Cli.Progress;
using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Notebooks.Running;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit run [NOTEBOOK|FOLDER …] [--out DIR] [--timeout S] [--memory MB] [--timings]</c>: executes notebooks in the real
/// C# kernel (a fresh .NET Interactive kernel process per notebook) and writes executed copies. With no arguments:
/// the instructor notebooks on the bundled corpus, into artifacts/, then the report (the README's main job).
/// --timings runs every notebook a second time and lists each cell's time in both runs.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("notebooks") { Description = "Notebooks or folders of notebooks (default: notebooks/instructor).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out") { Description = "Folder for the executed notebooks (default: artifacts/)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a cell may run before it fails and its kernel is stopped (1 to 86400).", DefaultValueFactory = _ => 120 };
        var memory = new Option<int>("--memory") { Description = "Each kernel's memory ceiling in MB (GC heap; 256 to 65536); a cell past it gets an OutOfMemoryException.", DefaultValueFactory = _ => 2048 };
        var timings = new Option<bool>("--timings") { Description = "Run each notebook again and list every cell's time in both runs." };
        var command = new Command("run",
            "Run notebooks in the real C# kernel (.NET Interactive, one fresh kernel process per notebook) and write executed copies. "
            + "Runs the code the notebooks hold. With no NOTEBOOK: every instructor notebook on the bundled corpus, then artifacts/report.html. "
            + "Exit codes: 0 every cell succeeded, 1 a cell failed or a file could not be written, 2 bad input or usage, 130 interrupted.")
            { paths, output, timeout, memory, timings };
        command.SetAction(parse => Friendly.Run(() =>
        {
            int seconds = parse.GetValue(timeout), megabytes = parse.GetValue(memory);
            if (seconds is < 1 or > 86_400) throw new KitInputException($"--timeout {seconds}: give the seconds a cell may run, from 1 to 86400.");
            if (megabytes is < 256 or > 65_536) throw new KitInputException($"--memory {megabytes}: give each kernel's ceiling in MB, from 256 to 65536.");
            if (parse.GetValue(output) is { } o && string.IsNullOrWhiteSpace(o)) throw new KitInputException("--out \"\": give a folder for the executed notebooks.");
            using var interrupt = new Interrupt();
            var options = new RunnerOptions { CellTimeout = TimeSpan.FromSeconds(seconds), MemoryLimitBytes = megabytes * (1L << 20) };
            int code = Run(parse.GetValue(paths) ?? [], parse.GetValue(output), options, interrupt.Token, parse.GetValue(timings));
            return code == Friendly.Interrupted ? interrupt.ExitCode : code;
        }));
        return command;
    }

    /// <summary>A cell that answers within this feels immediate in a notebook.</summary>
    public static readonly TimeSpan InteractiveCell = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Runs the notebooks; each executed copy is written whole (a temporary file, then a rename) once its notebook has
    /// run. Cancelled (Ctrl+C), it stops at once, writes nothing more and returns 130: the copies already written are
    /// complete, and no half-written file is left. With timings, every notebook runs a second time, warmed up, and
    /// each cell's times are listed.
    /// </summary>
    public static int Run(string[] inputs, string? outDir, RunnerOptions? options = null, CancellationToken cancellationToken = default, bool timings = false)
    {
        var notebooks = FindNotebooks(inputs);
        string artifacts = outDir ?? Path.Combine(KitPaths.Root, "artifacts");
        var targets = notebooks.ToDictionary(path => path, path => Path.GetFullPath(Path.Combine(artifacts, "notebooks", OutputName(path))));
        CheckTargets(targets);
        // Every notebook is read before any runs: a malformed one fails now, not after the others have run.
        var read = notebooks.ToDictionary(path => path, NotebookJson.Read);
        CreateOutputFolders(targets.Values);
        using var progress = ProgressReporter.ForConsole();
        int number = 0, codeCell = 0, codeCells = 0;
        var runner = new NotebookRunner((options ?? new RunnerOptions()) with
        {
            // "[1/2] 02-tokenization.ipynb · In [4] of 16": the In [n] is the one failures name.
            OnEvent = e =>
            {
                if (e.Outcome is not null) return;
                progress.Report(e.Cell is null
                    ? $"[{number}/{notebooks.Count}] {e.Notebook} · starting the C# kernel"
                    : $"[{number}/{notebooks.Count}] {e.Notebook} · In [{++codeCell}] of {codeCells}");
            },
        });
        var outcomes = new List<NotebookOutcome>();
        foreach (var path in notebooks)
        {
            number++;
            var notebook = read[path];
            (codeCell, codeCells) = (0, notebook.CodeCells.Count());
            JsonObject executed;
            NotebookOutcome outcome;
            try
            {
                (executed, outcome) = runner.Run(notebook, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                progress.Clear();
                Console.Error.WriteLine($"kit: interrupted in {notebook.Name}; its executed copy was not written ({outcomes.Count} written before are complete).");
                return Friendly.Interrupted;
            }
            string target = targets[path];
            NotebookJson.WriteAtomically(target, NotebookJson.Serialize(executed));
            outcomes.Add(outcome with { OutputPath = target });
            foreach (var failed in outcome.Cells.Where(c => !c.Succeeded))
                progress.WriteLine($"  ✗ {failed.Error}");
            if (outcome.KernelNote is { } note) progress.WriteLine($"  note: {notebook.Name}: {note}");
        }
        progress.Clear();
        PrintSummary(outcomes);
        if (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("kit: interrupted; every executed copy was written, the report was not.");
            return Friendly.Interrupted;
        }
        if (timings) PrintTimings(outcomes, notebooks.Select(p => runner.Run(read[p], cancellationToken).Outcome).ToList());
        if (inputs.Length == 0) Console.WriteLine($"Report of the bundled corpus: {Display(ReportCommand.Write(KitPaths.Seeds, Path.Combine(artifacts, "report.html"), "Report: the seed corpus"))}");
        return outcomes.All(o => o.Succeeded) ? Friendly.Ok : Friendly.Failed;
    }

    // Before any notebook runs: a folder that cannot be made fails now, not after minutes of running.
    private static void CreateOutputFolders(IEnumerable<string> targets)
    {
        foreach (var folder in targets.Select(t => Path.GetDirectoryName(t)!).Distinct())
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new KitInputException($"{folder}: cannot write executed notebooks there ({e.Message}); choose another --out.", folder);
            }
        }
    }

    // An executed copy never replaces a notebook being run, nor another notebook's copy, by any name (links followed).
    private static void CheckTargets(IReadOnlyDictionary<string, string> targets)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var sources = new HashSet<string>(targets.Keys.Select(Kit.Files.RealPath.Of), comparison);
        foreach (var (source, target) in targets)
            if (sources.Contains(Kit.Files.RealPath.Of(target)))
                throw new KitInputException($"{target}: kit run would write the executed copy of {Display(source)} over a notebook it reads; choose another --out.", target);
        foreach (var clash in targets.GroupBy(t => Kit.Files.RealPath.Of(t.Value), comparison).Where(g => g.Count() > 1))
            throw new KitInputException($"{clash.Key}: {string.Join(" and ", clash.Select(t => Display(t.Key)))} would both be written there; run them with different --out folders.", clash.Key);
    }

    private static IReadOnlyList<string> FindNotebooks(string[] inputs)
    {
        if (inputs.Length == 0) inputs = [Path.Combine(KitPaths.Notebooks, "instructor")];
        var found = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var inFolder = Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (inFolder.Count == 0) throw new KitInputException($"{input}: holds no .ipynb notebooks.", input);
                found.AddRange(inFolder);
            }
            else if (File.Exists(input)) found.Add(input);
            else throw new KitInputException($"{input}: no such notebook or folder.", input);
        }
        return found.Select(Path.GetFullPath).Distinct().ToList();
    }

    // notebooks/instructor/01-x.ipynb → artifacts/notebooks/instructor/01-x.ipynb; elsewhere: the file name.
    private static string OutputName(string path)
    {
        string relative = Path.GetRelativePath(KitPaths.Notebooks, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(path) : relative;
    }

    private static string Display(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

    // Each cell's time in the first run and in a second one (a fresh kernel again), and the cells slow both times.
    private static void PrintTimings(IReadOnlyList<NotebookOutcome> first, IReadOnlyList<NotebookOutcome> again)
    {
        var rows = first.Zip(again).SelectMany(pair => pair.First.Cells.Zip(pair.Second.Cells,
            (a, b) => (Notebook: Path.GetFileName(pair.First.Notebook), a.ExecutionCount, First: a, Again: b))).ToList();
        static double Ms(TimeSpan t) => Math.Round(t.TotalMilliseconds, 1);
        var table = Kit.Display.HtmlTable.Of(rows,
            ("notebook", r => r.Notebook), ("In", r => r.ExecutionCount),
            ("ms", r => Ms(r.First.Duration)), ("ms again", r => Ms(r.Again.Duration)));
        Console.WriteLine();
        Console.Write(table.ToString());
        var slow = rows.Where(r => r.Again.Duration >= InteractiveCell).ToList();
        var slowest = rows.MaxBy(r => r.Again.Duration);
        Console.WriteLine($"{rows.Count - slow.Count} of {rows.Count} cells answered in under {InteractiveCell.TotalMilliseconds:0} ms in the second run"
            + (slowest is { } s ? $"; the slowest: {s.Notebook} In [{s.ExecutionCount}], {Ms(s.Again.Duration)} ms." : "."));
        foreach (var r in slow) Console.WriteLine($"  slow: {r.Notebook} In [{r.ExecutionCount}]: {Ms(r.Again.Duration)} ms");
    }

    private static void PrintSummary(IReadOnlyList<NotebookOutcome> outcomes)
    {
        var table = Kit.Display.HtmlTable.Of(outcomes,
            ("notebook", o => Path.GetFileName(o.Notebook)),
            ("cells", o => o.Cells.Count),
            ("failed", o => o.FailedCells),
            ("seconds", o => Math.Round(o.Duration.TotalSeconds, 1)),
            ("kernel start s", o => Math.Round(o.KernelStart.TotalSeconds, 1)),
            ("cells s", o => Math.Round(o.CellTime.TotalSeconds, 1)),
            ("executed copy", o => o.OutputPath is null ? "" : Display(o.OutputPath)));
        Console.WriteLine();
        Console.Write(table.ToString());
        int failed = outcomes.Sum(o => o.FailedCells);
        Console.WriteLine(failed == 0
            ? $"All {outcomes.Count} notebooks ran clean."
            : $"{failed} cell(s) failed in {outcomes.Count(o => !o.Succeeded)} notebook(s).");
    }
}
