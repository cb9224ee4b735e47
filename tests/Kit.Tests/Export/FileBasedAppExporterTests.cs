using Kit.Notebooks.Export;
using Kit.Notebooks.Model;
using Kit.Tests.Support;

namespace Kit.Tests.Export;

/// <summary>How kit export turns notebook cells (scripts) into one file-based app; expected texts written by hand.</summary>
public class FileBasedAppExporterTests
{
    private static string Export(TempFolder temp, params (string Type, string Source)[] cells)
    {
        var notebook = temp.File("notebooks/nb.ipynb", NotebookFiles.Make(cells));
        temp.File("src/Kit/Kit.csproj", "<Project />");
        return FileBasedAppExporter.Export(NotebookJson.Read(notebook), Path.Combine(temp.Path, "out", "nb.cs"), Path.Combine(temp.Path, "src", "Kit", "Kit.csproj"));
    }

    private static string Refusal(params (string Type, string Source)[] cells)
    {
        using var temp = new TempFolder();
        return Assert.Throws<NotebookFormatException>(() => Export(temp, cells)).Message;
    }

    [Fact]
    public void Directives_come_first_with_paths_relative_to_the_program()
    {
        using var temp = new TempFolder();
        var lines = Export(temp, ("code", "1")).Split('\n');
        Assert.Equal("#:project ../src/Kit/Kit.csproj", lines[2]);
        Assert.Contains("#:property PublishAot=false", lines);
        Assert.Contains("#:property ImplicitUsings=disable", lines);
        // The kernel's working directory: the notebook's folder, found from the program's own folder.
        Assert.Contains(lines, l => l.StartsWith("System.IO.Directory.SetCurrentDirectory(", StringComparison.Ordinal) && l.Contains("\"../notebooks\""));
    }

    [Fact]
    public void Usings_are_hoisted_after_the_kernels_imports_and_kit_dll_is_replaced_by_the_project()
    {
        using var temp = new TempFolder();
        string program = Export(temp,
            ("code", "#r \"../../src/Kit/bin/Debug/net8.0/Kit.dll\"\nusing Kit.Corpus;\n\nvar a = 1;"),
            ("code", "using Kit.Corpus;\nusing static System.Math;\nvar b = Abs(-a);"));
        Assert.DoesNotContain("#r", program);
        string usings = string.Join("\n", program.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        Assert.Equal("""
            using System;
            using System.Text;
            using System.Collections;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using System.Linq;
            using static Kit.Display.ConsoleDisplay;
            using Kit.Corpus;
            using static System.Math;
            """.ReplaceLineEndings("\n"), usings);
        Assert.Contains("// ── cell 1 ──\nvar a = 1;\n\n// ── cell 2 ──\nvar b = Abs(-a);\n", program);
    }

    [Fact]
    public void Markdown_becomes_comments_in_place()
    {
        using var temp = new TempFolder();
        string program = Export(temp, ("markdown", "# Title\n\nSome *text*."), ("code", "var a = 1;"));
        Assert.Contains("\n// # Title\n//\n// Some *text*.\n\n// ── cell 2 ──\nvar a = 1;\n", program);
    }

    [Fact]
    public void A_trailing_expression_is_displayed_and_a_display_call_only_gets_its_semicolon()
    {
        using var temp = new TempFolder();
        string program = Export(temp, ("code", "var x = 2;\nx * 21"), ("code", "display(x)"), ("code", "Console.WriteLine(x)"), ("code", "x++;"));
        Assert.Contains("var x = 2;\ndisplay(x * 21);\n", program);
        Assert.Contains("// ── cell 2 ──\ndisplay(x);\n", program);
        Assert.Contains("// ── cell 3 ──\nConsole.WriteLine(x);\n", program);
        Assert.Contains("// ── cell 4 ──\nx++;\n", program);
    }

    [Fact]
    public void Types_move_to_the_end_and_script_modifiers_are_dropped()
    {
        using var temp = new TempFolder();
        string program = Export(temp,
            ("code", "record Pair(int A, int B);\npublic int Sum(Pair p) => p.A + p.B;\nSum(new Pair(1, 2))"),
            ("code", "private static readonly int limit = 3;\npublic static int Twice(int n) => 2 * n;"));
        Assert.Contains("// ── cell 1 ──\nint Sum(Pair p) => p.A + p.B;\ndisplay(Sum(new Pair(1, 2)));\n", program);
        Assert.Contains("// ── cell 2 ──\nint limit = 3;\nstatic int Twice(int n) => 2 * n;\n", program);
        Assert.EndsWith("\n// from cell 1\nrecord Pair(int A, int B);\n", program);
        Assert.True(program.IndexOf("record Pair", StringComparison.Ordinal) > program.IndexOf("// ── cell 2 ──", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nuget_reference_becomes_a_package_directive()
    {
        using var temp = new TempFolder();
        string program = Export(temp, ("code", "#r \"nuget: Humanizer, 2.14.1\"\nvar a = 1;"));
        Assert.Contains("\n#:package Humanizer@2.14.1\n", program);
    }

    [Fact]
    public void What_cannot_be_exported_is_refused_naming_the_cell_and_line()
    {
        Assert.Equal("nb.ipynb, cell 2, line 1: the magic command #!pwsh has no file-based app equivalent.",
            Refusal(("code", "var a = 1;"), ("code", "#!pwsh\nGet-Date")));
        Assert.Equal("nb.ipynb, cell 1, line 2: #r \"lib/Other.dll\" cannot be exported: a file-based app references projects (#:project) and packages (#:package), not DLLs.",
            Refusal(("code", "var a = 1;\n#r \"lib/Other.dll\"")));
        Assert.Equal("nb.ipynb, cell 3: total is declared again (first in cell 1); a file-based app is one program, so rename one of them.",
            Refusal(("code", "var total = 1;"), ("markdown", "again"), ("code", "var total = 2;")));
        Assert.StartsWith("nb.ipynb, cell 1, line 2: does not compile (CS", Refusal(("code", "var a = 1;\nvar b = ;")));
        Assert.StartsWith("nb.ipynb, cell 1, line 1: a top-level property cannot be exported", Refusal(("code", "int P { get; set; }")));
    }
}

/// <summary>What the exporter writes for script-only constructs is a valid C# program (compiled here, not run: fast).</summary>
public class ExportedProgramCompilesTests
{
    [Fact]
    public void Script_constructs_become_a_program_that_compiles()
    {
        using var temp = new TempFolder();
        var notebook = temp.File("nb/nb.ipynb", NotebookFiles.Make(
            ("code", "#!csharp\n#r \"../Kit.dll\"\nusing Kit.Display;\nvar words = new List<string> { \"a\", \"b\" };\nwords"),
            ("markdown", "A *record* and a method, declared in a script:"),
            ("code", "public record Word(string Text);\nprivate static int Count(IEnumerable<Word> w) => w.Count();\nCount(words.Select(t => new Word(t)))"),
            ("code", "private readonly string label = \"n\";\nawait Task.Delay(1);\ndisplay(Show.Arabic(label), \"text/plain\")"),
            ("code", "enum Kind { Small, Large }\nKind.Large")));
        temp.File("src/Kit/Kit.csproj", "<Project />");
        string program = FileBasedAppExporter.Export(NotebookJson.Read(notebook), Path.Combine(temp.Path, "nb.cs"), Path.Combine(temp.Path, "src", "Kit", "Kit.csproj"));

        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            string.Join("\n", program.Split('\n').Where(l => !l.StartsWith("#:", StringComparison.Ordinal))),
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Kit.Display.ConsoleDisplay).Assembly.Location)
            .Select(p => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("exported", [tree], references,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n\n" + program);
    }
}
