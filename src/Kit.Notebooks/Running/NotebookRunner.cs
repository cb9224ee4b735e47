using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kit.Notebooks.Model;

namespace Kit.Notebooks.Running;

/// <summary>
/// Runs a notebook in the real C# kernel (.NET Interactive, the kernel behind Polyglot Notebooks and the .NET Jupyter
/// kernel), started fresh in a child process for each notebook, in the notebook's folder. Every cell runs even after
/// a failure; a cell that times out, or kills its kernel (stack overflow, Environment.Exit, memory), ends that
/// kernel only: the cells after it are marked as not run, and the next notebook gets a fresh kernel.
/// </summary>
public sealed partial class NotebookRunner(RunnerOptions? options = null)
{
    private readonly RunnerOptions _options = options ?? new RunnerOptions();

    /// <summary>
    /// Runs the notebook and returns the executed copy (outputs filled in) with the outcome of each cell. Cancelling
    /// (Ctrl+C in kit run) stops the kernel and throws OperationCanceledException; the notebook read is never changed.
    /// </summary>
    public (JsonObject Executed, NotebookOutcome Outcome) Run(Notebook notebook, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var executed = (JsonObject)notebook.Root.DeepClone();
        var cells = (JsonArray)executed["cells"]!;
        var outcomes = new List<CellOutcome>();
        string folder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        var codeCells = notebook.CodeCells.ToList();

        KernelProcess? kernel = null;
        string? abortReason = null;
        TimeSpan kernelStart = TimeSpan.Zero;
        string? kernelNote = null;
        try
        {
            _options.OnEvent?.Invoke(new RunEvent(notebook.Name, null, notebook.Cells.Count, null));
            try
            {
                kernel = KernelProcess.Start(folder, _options.MemoryLimitBytes, _options.KernelStartTimeout, cancellationToken);
            }
            catch (KernelStartException e)
            {
                abortReason = e.Message;
            }
            kernelStart = watch.Elapsed;
            kernelNote = kernel?.Note;
            int executionCount = 0;
            foreach (var cell in codeCells)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var json = (JsonObject)cells[cell.Number - 1]!;
                json["execution_count"] = ++executionCount;
                _options.OnEvent?.Invoke(new RunEvent(notebook.Name, cell.Number, notebook.Cells.Count, null));
                var outputs = new CellOutputs(_options.MaxOutputCharacters, _options.MaxOutputsPerCell, executionCount);
                CellOutcome outcome;
                if (abortReason is not null || kernel is null)
                {
                    string message = $"{notebook.Name}, In [{executionCount}]: not run: {abortReason}";
                    outputs.AddError("NotRun", message, [message]);
                    outcome = new CellOutcome(cell.Number, executionCount, false, TimeSpan.Zero, message, Ran: false);
                }
                else
                {
                    (outcome, abortReason) = RunCell(kernel, notebook, cell, executionCount, outputs, cancellationToken);
                }
                json["outputs"] = new JsonArray(outputs.Outputs.Select(o => (JsonNode)o).ToArray());
                outcomes.Add(outcome);
                _options.OnEvent?.Invoke(new RunEvent(notebook.Name, cell.Number, notebook.Cells.Count, outcome));
            }
        }
        finally
        {
            kernel?.Dispose();
        }
        NormalizeForNbformat(executed);
        return (executed, new NotebookOutcome(notebook.Path, null, outcomes, watch.Elapsed) { KernelStart = kernelStart, KernelNote = kernelNote });
    }

    private (CellOutcome, string? Abort) RunCell(
        KernelProcess kernel, Notebook notebook, NotebookCell cell, int executionCount, CellOutputs outputs, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        string where = $"{notebook.Name}, In [{executionCount}]";
        string target = KernelName(cell.Kernel ?? notebook.DefaultKernel);
        string token = kernel.Send("SubmitCode", new JsonObject { ["code"] = cell.Source, ["targetKernelName"] = target });
        int? compileLine = null;
        while (true)
        {
            var left = _options.CellTimeout - watch.Elapsed;
            KernelEvent? e;
            try
            {
                e = left > TimeSpan.Zero ? kernel.Next(left, cancellationToken) : null;
            }
            catch (OperationCanceledException)
            {
                kernel.Kill();
                throw;
            }
            if (e is null)
            {
                if (kernel.OutputEnded)
                {
                    string reason = kernel.DeathReason();
                    string died = $"{where}: the kernel died: {reason}.";
                    outputs.AddError("KernelDied", died, [died, "The cells after this one were not run; the next notebook gets a fresh kernel."]);
                    return (new CellOutcome(cell.Number, executionCount, false, watch.Elapsed, died), $"the kernel died in In [{executionCount}] ({reason})");
                }
                // Stopped for real: the kernel and every thread the cell started end with the process.
                kernel.Kill();
                string message = $"{where}: did not finish within {_options.CellTimeout.TotalSeconds:0} s (the per-cell timeout); the kernel was stopped.";
                outputs.AddError("Timeout", message, [message]);
                return (new CellOutcome(cell.Number, executionCount, false, watch.Elapsed, message), $"In [{executionCount}] timed out and its kernel was stopped");
            }
            if (!e.Answers(token)) continue;
            if (e.Type == "DiagnosticsProduced" && compileLine is null) compileLine = FirstErrorLine(e);
            else if (e.Type == "CommandSucceeded" && e.Token == token)
                return (new CellOutcome(cell.Number, executionCount, true, watch.Elapsed), null);
            else if (e.Type == "CommandFailed" && e.Token == token)
                return (Failure(e, cell, executionCount, where, compileLine, outputs, watch.Elapsed), null);
            else outputs.Add(e);
        }
    }

    private static CellOutcome Failure(KernelEvent e, NotebookCell cell, int executionCount, string where, int? compileLine, CellOutputs outputs, TimeSpan elapsed)
    {
        string message = (e.Body["message"]?.GetValue<string>() ?? "the cell failed").Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = message.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        if (compileLine is int line)
        {
            // "(2,9): error CS1525: Invalid expression term ';'" → line 2: CS1525: …
            var errors = lines.Select(l => CompileError().Match(l)).Where(m => m.Success)
                .Select(m => $"line {m.Groups["line"].Value}: {m.Groups["id"].Value}: {m.Groups["text"].Value}").ToList();
            if (errors.Count == 0) errors = lines;
            outputs.AddError("CompilationError", errors[0], errors.Prepend($"{where} does not compile:"));
            return new CellOutcome(cell.Number, executionCount, false, elapsed, $"{where}, {errors[0]}", line, Compiled: false);
        }
        var thrown = ThrownException().Match(lines.FirstOrDefault() ?? "");
        if (!thrown.Success || !lines.Skip(1).Any(l => l.StartsWith("at ", StringComparison.Ordinal) || l.StartsWith("   at ", StringComparison.Ordinal)))
        {
            // A friendly exception (an exercise's hint, a kit error) prints its message alone: the student sees that, no trace.
            string text = string.Join("\n", lines);
            outputs.AddError("Error", text, lines);
            return new CellOutcome(cell.Number, executionCount, false, elapsed, $"{where}: {text}");
        }
        string type = thrown.Groups["type"].Value, value = thrown.Groups["message"].Value;
        var trace = lines.Skip(1).Where(l => !l.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)
            && !l.Contains("Microsoft.DotNet.Interactive", StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal)).Take(8);
        outputs.AddError(type[(type.LastIndexOf('.') + 1)..], value, trace.Prepend($"{type}: {value}").Prepend($"{where}:"));
        return new CellOutcome(cell.Number, executionCount, false, elapsed, $"{where}: {value}");
    }

    private static int? FirstErrorLine(KernelEvent e) =>
        (e.Body["diagnostics"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(d => d["severity"]?.GetValue<string>() == "error")
            .Select(d => d["linePositionSpan"]?["start"]?["line"]?.GetValue<int>() + 1)
            .FirstOrDefault();

    private static string KernelName(string name) => name is "C#" or "c#" ? "csharp" : name;

    [GeneratedRegex(@"^\((?<line>\d+),\d+\): error (?<id>\w+): (?<text>.*)$")]
    private static partial Regex CompileError();

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w.`]*(Exception|Error)): ?(?<message>.*)$")]
    private static partial Regex ThrownException();

    // Outputs as nbformat 4.5 wants them: multi-line text as lists of lines, a cell id on every cell.
    private static void NormalizeForNbformat(JsonObject notebook)
    {
        notebook["nbformat_minor"] = Math.Max(5, notebook["nbformat_minor"]?.GetValue<int>() ?? 5);
        int n = 0;
        foreach (var cell in (JsonArray)notebook["cells"]!)
        {
            n++;
            if (cell is not JsonObject c) continue;
            if (c["id"] is null) c["id"] = $"cell-{n}";
            if (c["outputs"] is not JsonArray outputs) continue;
            foreach (var output in outputs.OfType<JsonObject>())
            {
                if (output["text"] is JsonValue text)
                    output["text"] = NotebookJson.SplitSource(text.GetValue<string>());
            }
        }
    }
}
