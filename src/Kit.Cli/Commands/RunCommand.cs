using System.CommandLine;
using System.Text.Json.Nodes;
using Kit.Cli.Progress;
using Kit.Notebooks.Model;
using Kit.Notebooks.Running;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit run [NOTEBOOK|FOLDER …] [--out DIR]</c>: executes notebooks headlessly and writes executed copies.
/// With no arguments: the instructor notebooks on the bundled corpus, into artifacts/ (the README's main job).
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("notebooks") { Description = "Notebooks or folders of notebooks (default: notebooks/instructor).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out") { Description = "Folder for the executed notebooks (default: artifacts/)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a cell may run before it fails.", DefaultValueFactory = _ => 120 };
        var command = new Command("run", "Run notebooks headlessly, like the C# kernel, and write executed copies.") { paths, output, timeout };
        command.SetAction(parse => Friendly.Run(() =>
        {
            using var interrupt = new Interrupt();
            int code = Run(parse.GetValue(paths) ?? [], parse.GetValue(output), parse.GetValue(timeout), interrupt.Token);
            return code == Friendly.Interrupted ? interrupt.ExitCode : code;
        }));
        return command;
    }

    /// <summary>
    /// Runs the notebooks; each executed copy is written whole (a temporary file, then a rename) once its notebook has
    /// run. Cancelled (Ctrl+C), it stops at once, writes nothing more and returns 130: the copies already written are
    /// complete, and no half-written file is left.
    /// </summary>
    public static int Run(string[] inputs, string? outDir, int timeoutSeconds, CancellationToken cancellationToken = default)
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
        var runner = new NotebookRunner(new RunnerOptions
        {
            CellTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            // "[1/2] 02-tokenization.ipynb · code cell 4/16 (cell 7)": the editor's cell number is the one failures name.
            OnEvent = e =>
            {
                if (e.Outcome is null) progress.Report($"[{number}/{notebooks.Count}] {e.Notebook} · code cell {++codeCell}/{codeCells} (cell {e.Cell})");
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
        }
        progress.Clear();
        PrintSummary(outcomes);
        if (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("kit: interrupted; every executed copy was written, the report was not.");
            return Friendly.Interrupted;
        }
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

    // An executed copy never replaces a notebook being run, nor another notebook's copy.
    private static void CheckTargets(IReadOnlyDictionary<string, string> targets)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var sources = new HashSet<string>(targets.Keys, comparison);
        foreach (var (source, target) in targets)
            if (sources.Contains(target))
                throw new KitInputException($"{target}: kit run would write the executed copy of {Display(source)} over a notebook it reads; choose another --out.", target);
        foreach (var clash in targets.GroupBy(t => t.Value, comparison).Where(g => g.Count() > 1))
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

    private static void PrintSummary(IReadOnlyList<NotebookOutcome> outcomes)
    {
        var table = Kit.Display.HtmlTable.Of(outcomes,
            ("notebook", o => Path.GetFileName(o.Notebook)),
            ("cells", o => o.Cells.Count),
            ("failed", o => o.FailedCells),
            ("seconds", o => Math.Round(o.Duration.TotalSeconds, 1)),
            ("executed copy", o => o.OutputPath is null ? "" : Display(o.OutputPath)));
        Console.WriteLine();
        Console.Write(table.ToString());
        int failed = outcomes.Sum(o => o.FailedCells);
        Console.WriteLine(failed == 0
            ? $"All {outcomes.Count} notebooks ran clean."
            : $"{failed} cell(s) failed in {outcomes.Count(o => !o.Succeeded)} notebook(s).");
    }
}
