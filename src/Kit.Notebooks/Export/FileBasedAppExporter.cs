using System.Text;
using Kit.Notebooks.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Kit.Notebooks.Export;

/// <summary>
/// A notebook as a .NET 10 file-based app (<c>dotnet run FILE.cs</c>), for life after Polyglot Notebooks: a #:project
/// directive in place of <c>#r "…Kit.dll"</c>, the kernel's imports as using lines, markdown cells as comments, code
/// cells in order, types at the end, and values that cells displayed printed as plain text. Deterministic: the same
/// notebook and paths give the same bytes.
/// </summary>
public static class FileBasedAppExporter
{
    /// <summary>What the C# kernel imports before the first cell (docs/export.md); a file-based app gets them written out.</summary>
    public static readonly IReadOnlyList<string> KernelImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    /// <summary>The program's text. <paramref name="outputPath"/> is where it will be written: paths in it are relative to that folder.</summary>
    public static string Export(Notebook notebook, string outputPath, string kitProject)
    {
        var cells = notebook.Cells.Select(c => (Cell: c, Code: c.IsCode ? CodeCellTranslator.Translate(notebook, c) : null)).ToList();
        var code = cells.Where(c => c.Code is not null).Select(c => c.Code!).ToList();
        RefuseRedeclarations(notebook, code);

        string folder = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        string notebookFolder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        var sb = new StringBuilder();
        sb.Append($"// {notebook.Name} as a .NET 10 file-based app, made by `kit export`. Run it: dotnet run {Path.GetFileName(outputPath)}\n");
        sb.Append("// Markdown cells are comments and code cells follow in order; what a cell displayed prints as plain text.\n");
        sb.Append($"#:project {PathFrom(folder, Path.GetFullPath(kitProject))}\n");
        // No NativeAOT pack is needed (or installed) to run; the kernel compiled cells with no implicit usings, no
        // nullable analysis and warnings that do not fail; and the repository's Directory.Build.props must not change that.
        sb.Append("#:property PublishAot=false\n");
        sb.Append("#:property ImplicitUsings=disable\n");
        sb.Append("#:property Nullable=disable\n");
        sb.Append("#:property TreatWarningsAsErrors=false\n");
        foreach (var package in code.SelectMany(c => c.Packages).Distinct(StringComparer.Ordinal))
            sb.Append($"#:package {package}\n");
        sb.Append('\n');

        var usings = KernelImports.Select(n => $"using {n};").Append("using static Kit.Display.ConsoleDisplay;")
            .Concat(code.SelectMany(c => c.Usings)).Distinct(StringComparer.Ordinal);
        foreach (var line in usings) sb.Append(line).Append('\n');
        sb.Append('\n');

        sb.Append("// As under kit run: the cells run in the notebook's folder (relative paths keep working) and print numbers alike everywhere.\n");
        sb.Append("System.IO.Directory.SetCurrentDirectory(System.IO.Path.Combine(AppContext.GetData(\"EntryPointFileDirectoryPath\") as string ?? \".\", ")
          .Append(SymbolDisplay.FormatLiteral(PathFrom(folder, notebookFolder), quote: true)).Append("));\n");
        sb.Append("System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;\n");

        foreach (var (cell, translated) in cells)
        {
            sb.Append('\n');
            if (translated is null)
            {
                foreach (var line in cell.Source.Replace("\r\n", "\n").TrimEnd().Split('\n'))
                    sb.Append(line.Length == 0 ? "//" : "// " + line.TrimEnd()).Append('\n');
                continue;
            }
            sb.Append($"// ── cell {cell.Number} ──\n");
            if (translated.Statements.Length > 0) sb.Append(translated.Statements).Append('\n');
        }

        var types = code.Where(c => c.Types.Count > 0).ToList();
        if (types.Count > 0)
        {
            sb.Append("\n// ── types the cells declared: C# wants them after the top-level statements ──\n");
            foreach (var cell in types)
                foreach (var type in cell.Types)
                    sb.Append($"\n// from cell {cell.Number}\n").Append(type).Append('\n');
        }
        return sb.ToString();
    }

    // A script may declare a name again in a later cell; one program may not. Say so instead of writing code that fails to build.
    private static void RefuseRedeclarations(Notebook notebook, IReadOnlyList<TranslatedCell> cells)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            foreach (var name in cell.DeclaredNames.Distinct())
            {
                if (first.TryGetValue(name, out int earlier))
                    throw new NotebookFormatException(
                        $"{notebook.Name}, cell {cell.Number}: {name} is declared again (first in cell {earlier}); a file-based app is one program, so rename one of them.");
                first[name] = cell.Number;
            }
        }
    }

    // Relative to the program's folder, with forward slashes (fine on Windows too); absolute when no relative path exists.
    private static string PathFrom(string folder, string target)
    {
        string relative = Path.GetRelativePath(folder, target);
        return (Path.IsPathRooted(relative) ? target : relative).Replace('\\', '/');
    }
}
