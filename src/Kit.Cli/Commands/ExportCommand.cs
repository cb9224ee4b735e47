using System.CommandLine;
using Kit.Cli.Output;
using Kit.Files;
using Kit.Notebooks.Export;
using Kit.Notebooks.Model;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit export NOTEBOOK --to cs [--out FILE.cs]</c>: the notebook as a .NET 10 file-based app that
/// <c>dotnet run FILE.cs</c> runs, for when Polyglot Notebooks is gone.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string>("notebook") { Description = "The .ipynb notebook to export." }.NotEmpty();
        var format = new Option<string>("--to") { Description = "What to export to: cs (a file-based app).", DefaultValueFactory = _ => "cs" };
        format.AcceptOnlyFromAmong("cs");
        var output = new Option<string?>("--out") { Description = "The .cs file to write (default: artifacts/export/NAME.cs)." }.NotEmpty();
        var force = new Option<bool>("--force") { Description = "Replace an existing .cs file that kit export did not write (never a file of the kit's src/)." };
        var command = new Command("export", "Export a notebook as a .NET 10 file-based app (dotnet run FILE.cs).") { notebook, format, output, force };
        command.SetAction(parse => Friendly.Run(() =>
        {
            // A signal during the write no longer ends the process there: the file is written whole (or not at all).
            using var interrupt = new Interrupt();
            string path = Path.GetRelativePath(Directory.GetCurrentDirectory(), Export(parse.GetValue(notebook)!, parse.GetValue(output), parse.GetValue(force)));
            Console.WriteLine(Friendly.OneLine($"wrote {path}; run it with: dotnet run {path}"));
            return interrupt.Token.IsCancellationRequested ? interrupt.ExitCode : Friendly.Ok;
        }));
        return command;
    }

    /// <summary>What the first line of every export says: kit export replaces an existing file only when it holds this.</summary>
    public const string Marker = "made by `kit export`";

    /// <summary>Writes the file-based app and returns its full path (links followed).</summary>
    public static string Export(string notebookPath, string? outPath, bool force = false)
    {
        if (!File.Exists(notebookPath))
            throw new KitInputException(Directory.Exists(notebookPath) ? $"{notebookPath}: is a folder; kit export takes one .ipynb notebook." : $"{notebookPath}: no such notebook.", notebookPath);
        if (!notebookPath.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            throw new KitInputException($"{notebookPath}: not a notebook (kit export takes an .ipynb file).", notebookPath);
        string target = Path.GetFullPath(outPath ?? Path.Combine(KitPaths.Root, "artifacts", "export", Path.ChangeExtension(Path.GetFileName(notebookPath), ".cs")));
        if (!target.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            throw new KitInputException($"{outPath}: a file-based app is a .cs file; give --out a name ending in .cs.", outPath);
        string kitProject = Path.Combine(KitPaths.Root, "src", "Kit", "Kit.csproj");
        if (!File.Exists(kitProject))
            throw new KitInputException($"{kitProject}: not found; the export points at the kit's library project (set KIT_ROOT to the kit's folder).", kitProject);
        target = OutputGuard.Check(target, "kit export", Marker, [notebookPath], force);
        string program = FileBasedAppExporter.Export(NotebookJson.Read(notebookPath), target, kitProject);
        AtomicFile.WriteAllText(target, program);
        return target;
    }
}
