using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kit.Notebooks.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Kit.Notebooks.Running;

/// <summary>
/// Runs a notebook the way the real C# kernel does: one Roslyn scripting state per notebook, the kernel's default
/// imports, the notebook's folder as working directory; every cell runs even after a failure.
/// </summary>
public sealed partial class NotebookRunner(RunnerOptions? options = null)
{
    private static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    private readonly RunnerOptions _options = options ?? new RunnerOptions();

    /// <summary>
    /// Runs the notebook and returns the executed copy (outputs filled in) with the outcome of each cell. Cancelling
    /// (Ctrl+C in kit run) throws OperationCanceledException at once, even in the middle of a cell; the notebook read is
    /// never changed.
    /// </summary>
    public (JsonObject Executed, NotebookOutcome Outcome) Run(Notebook notebook, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var executed = (JsonObject)notebook.Root.DeepClone();
        var cells = (JsonArray)executed["cells"]!;
        var outcomes = new List<CellOutcome>();
        string folder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        var globals = new KernelGlobals();
        var scriptOptions = CreateOptions(folder);
        ScriptState<object>? state = null;
        string? abortReason = null;
        int executionCount = 0;
        var codeCells = notebook.CodeCells.ToList();

        string previousDirectory = Directory.GetCurrentDirectory();
        var (stdin, stdout, stderr) = (Console.In, Console.Out, Console.Error);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        Directory.SetCurrentDirectory(folder);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_options.Culture, _options.Culture);
        try
        {
            foreach (var cell in codeCells)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var json = (JsonObject)cells[cell.Number - 1]!;
                json["execution_count"] = ++executionCount;
                _options.OnEvent?.Invoke(new RunEvent(notebook.Name, cell.Number, notebook.Cells.Count, null));
                var context = new CellContext(_options.MaxOutputCharacters);
                CellOutcome outcome;
                if (abortReason is not null)
                {
                    context.AddError("NotRun", $"cell {cell.Number} was not run: {abortReason}", [$"cell {cell.Number} was not run: {abortReason}"]);
                    outcome = new CellOutcome(cell.Number, false, TimeSpan.Zero, abortReason);
                }
                else
                {
                    globals.Current = context;
                    // No keyboard in a headless run: Console.ReadLine() gets null at once instead of waiting for the timeout.
                    Console.SetIn(TextReader.Null);
                    Console.SetOut(context.StdOut);
                    Console.SetError(context.StdErr);
                    try
                    {
                        (outcome, state, abortReason) = RunCell(notebook, cell, state, scriptOptions, globals, context, cancellationToken);
                    }
                    finally
                    {
                        Console.SetIn(stdin);
                        Console.SetOut(stdout);
                        Console.SetError(stderr);
                        globals.Current = null;
                    }
                }
                json["outputs"] = new JsonArray(context.Outputs.Select(o => (JsonNode)o.DeepClone()).ToArray());
                outcomes.Add(outcome);
                _options.OnEvent?.Invoke(new RunEvent(notebook.Name, cell.Number, notebook.Cells.Count, outcome));
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
        NormalizeForNbformat(executed);
        return (executed, new NotebookOutcome(notebook.Path, null, outcomes, watch.Elapsed));
    }

    private (CellOutcome, ScriptState<object>?, string? Abort) RunCell(
        Notebook notebook, NotebookCell cell, ScriptState<object>? state, ScriptOptions scriptOptions, KernelGlobals globals, CellContext context,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var kernel = cell.Kernel ?? notebook.DefaultKernel;
        if (kernel is not ("csharp" or "C#" or "c#"))
        {
            string message = $"{notebook.Name}, cell {cell.Number}: the {kernel} kernel is not supported by kit run (only C# cells run here).";
            context.AddError("UnsupportedKernel", message, [message]);
            return (new CellOutcome(cell.Number, false, watch.Elapsed, message), state, null);
        }
        var (code, refusal) = CellSource.Prepare(cell.Source);
        if (refusal is not null)
        {
            string message = $"{notebook.Name}, cell {cell.Number}, {refusal}";
            context.AddError("Refused", message, [message]);
            return (new CellOutcome(cell.Number, false, watch.Elapsed, message), state, null);
        }

        var cellOptions = scriptOptions.WithFilePath(CellFile(cell.Number));
        try
        {
            var task = Task.Run(() => state is null
                ? CSharpScript.Create(code, cellOptions, typeof(KernelGlobals)).RunAsync(globals, catchException: _ => true)
                : state.ContinueWithAsync(code, cellOptions, catchException: _ => true));
            // A cancelled wait throws at once; the cell's thread is abandoned, as after a timeout.
            if (!task.Wait((int)Math.Min(int.MaxValue, _options.CellTimeout.TotalMilliseconds), cancellationToken))
            {
                string message = $"{notebook.Name}, cell {cell.Number}: did not finish within {_options.CellTimeout.TotalSeconds:0} s (the per-cell timeout).";
                context.AddError("Timeout", message, [message]);
                // The runaway cell still holds the script state: the rest of this notebook cannot run after it.
                return (new CellOutcome(cell.Number, false, watch.Elapsed, message), state, $"cell {cell.Number} timed out");
            }
            var newState = task.Result;
            if (newState.Exception is { } thrown)
                return (Failure(notebook, cell, thrown, context, watch), newState, null);
            if (HasTrailingExpression(code))
                context.Display(newState.ReturnValue, []);
            return (new CellOutcome(cell.Number, true, watch.Elapsed), newState, null);
        }
        catch (AggregateException e) when (e.InnerException is CompilationErrorException ce)
        {
            var first = ce.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            int line = first.Location.GetLineSpan().StartLinePosition.Line + 1;
            var lines = ce.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}: {d.GetMessage()}").ToList();
            string message = $"{notebook.Name}, cell {cell.Number}, {lines[0]}";
            context.AddError("CompilationError", message, lines.Prepend($"{notebook.Name}, cell {cell.Number} does not compile:"));
            return (new CellOutcome(cell.Number, false, watch.Elapsed, message, line, Compiled: false), state, null);
        }
        catch (AggregateException e)
        {
            return (Failure(notebook, cell, e.InnerException ?? e, context, watch), state, null);
        }
    }

    private static CellOutcome Failure(Notebook notebook, NotebookCell cell, Exception thrown, CellContext context, Stopwatch watch)
    {
        if (thrown is TargetInvocationException { InnerException: { } inner }) thrown = inner;
        int? line = CellLine(thrown, cell.Number);
        string where = line is int l ? $"cell {cell.Number}, line {l}" : $"cell {cell.Number}";
        string message = $"{notebook.Name}, {where}: {thrown.Message}";
        // Friendly exceptions (exercise hints, bad input) show their message only; others get a short trace.
        bool friendly = thrown.ToString() == thrown.Message;
        var trace = friendly
            ? [thrown.Message]
            : new[] { $"{thrown.GetType().Name}: {thrown.Message}", $"   at {notebook.Name}, {where}" }
                .Concat((thrown.StackTrace ?? "").Split('\n').Select(s => s.TrimEnd()).Where(s => s.Length > 0 && !s.Contains("Microsoft.CodeAnalysis")).Take(8));
        context.AddError(thrown.GetType().Name, thrown.Message, trace);
        return new CellOutcome(cell.Number, false, watch.Elapsed, message, line);
    }

    private static string CellFile(int number) => $"cell{number}.csx";

    private static int? CellLine(Exception e, int cell)
    {
        var match = Regex.Match(e.StackTrace ?? "", $@"{Regex.Escape(CellFile(cell))}:line (\d+)");
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    // The kernel displays a cell's value only when the cell ends in an expression without a semicolon.
    internal static bool HasTrailingExpression(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest));
        var last = tree.GetCompilationUnitRoot().Members.LastOrDefault();
        return last is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax
        {
            Statement: Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax { SemicolonToken.IsMissing: true }
        };
    }

    private static ScriptOptions CreateOptions(string folder) =>
        ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithImports(DefaultImports)
            .WithReferences(FrameworkReferences.Value)
            .WithMetadataResolver(new KitReferenceResolver(folder))
            .WithSourceResolver(new SourceFileResolver([], folder))
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithAllowUnsafe(false);

    private static IReadOnlyList<MetadataReference> LoadFrameworkReferences()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p =>
            {
                var name = Path.GetFileNameWithoutExtension(p);
                return name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "mscorlib" or "netstandard" or "Microsoft.CSharp"
                    || name.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal) || name == "Microsoft.AspNetCore.Html.Abstractions";
            });
        var extra = new[] { typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location, KitReferenceResolver.KitAssemblyPath };
        return paths.Concat(extra).Where(File.Exists).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

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
