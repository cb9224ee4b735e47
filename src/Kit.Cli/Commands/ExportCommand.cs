using System.CommandLine;
using Kit.Notebooks.Export;
using Kit.Notebooks.Model;
using Kit.Text;

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
        var command = new Command("export", "Export a notebook as a .NET 10 file-based app (dotnet run FILE.cs).") { notebook, format, output };
        command.SetAction(parse => Friendly.Run(() =>
        {
            string path = Path.GetRelativePath(Directory.GetCurrentDirectory(), Export(parse.GetValue(notebook)!, parse.GetValue(output)));
            Console.WriteLine(Friendly.OneLine($"wrote {path}; run it with: dotnet run {path}"));
            return Friendly.Ok;
        }));
        return command;
    }

    /// <summary>Writes the file-based app and returns its full path.</summary>
    public static string Export(string notebookPath, string? outPath)
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
        string program = FileBasedAppExporter.Export(NotebookJson.Read(notebookPath), target, kitProject);
        AtomicFile.WriteAllText(target, program);
        return target;
    }
}
