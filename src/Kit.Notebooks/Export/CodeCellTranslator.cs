using System.Text;
using System.Text.RegularExpressions;
using Kit.Notebooks.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Kit.Notebooks.Export;

/// <summary>One C# cell, cut into what a file-based app needs in different places.</summary>
internal sealed record TranslatedCell(
    int Number,
    string Statements,
    IReadOnlyList<string> Usings,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Packages,
    IReadOnlyList<string> DeclaredNames);

/// <summary>
/// Turns a cell written for the kernel (a script) into top-level statements: usings and type declarations are taken
/// out (C# wants them first and last in a program), a trailing expression becomes <c>display(…);</c>, script-only
/// modifiers are dropped, and #r / #! lines become directives or are refused with the cell and line.
/// </summary>
internal static partial class CodeCellTranslator
{
    private static readonly CSharpParseOptions ScriptParsing =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    // A script's top-level methods become local functions and its fields locals, which take none of these.
    private static readonly HashSet<SyntaxKind> MethodOnlyModifiers =
        [SyntaxKind.PublicKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.InternalKeyword, SyntaxKind.ProtectedKeyword];

    private static readonly HashSet<SyntaxKind> FieldOnlyModifiers =
        [.. MethodOnlyModifiers, SyntaxKind.StaticKeyword, SyntaxKind.ReadOnlyKeyword, SyntaxKind.VolatileKeyword];

    public static TranslatedCell Translate(Notebook notebook, NotebookCell cell)
    {
        string kernel = cell.Kernel ?? notebook.DefaultKernel;
        if (kernel is not ("csharp" or "C#" or "c#"))
            throw Refuse(notebook, cell, null, $"a {kernel} cell cannot be exported: a file-based app is C# only.");

        var packages = new List<string>();
        string code = TakeDirectives(notebook, cell, packages);
        var tree = CSharpSyntaxTree.ParseText(code, ScriptParsing);
        var root = tree.GetCompilationUnitRoot();
        if (root.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            throw Refuse(notebook, cell, LineOf(error.Location), $"does not compile ({error.Id}: {error.GetMessage()}); fix the notebook first.");

        var edits = new List<(TextSpan Span, string Text)>();
        var usings = new List<string>();
        var types = new List<string>();
        var declared = new List<string>();
        foreach (var directive in root.Usings)
        {
            usings.Add(directive.ToString());
            edits.Add((TextSpan.FromBounds(directive.SpanStart, directive.FullSpan.End), ""));
        }
        if (root.Externs.Count > 0)
            throw Refuse(notebook, cell, LineOf(root.Externs[0].GetLocation()), "extern alias cannot be exported.");

        var members = root.Members;
        for (int i = 0; i < members.Count; i++)
        {
            var member = members[i];
            switch (member)
            {
                case GlobalStatementSyntax global:
                    declared.AddRange(DeclaredBy(global.Statement));
                    if (i == members.Count - 1 && global.Statement is ExpressionStatementSyntax { SemicolonToken.IsMissing: true } trailing)
                        edits.Add(DisplayEdit(trailing.Expression));
                    break;
                case FieldDeclarationSyntax field:
                    declared.AddRange(field.Declaration.Variables.Select(v => v.Identifier.Text));
                    edits.AddRange(DropModifiers(field.Modifiers, FieldOnlyModifiers));
                    break;
                case MethodDeclarationSyntax method:
                    declared.Add(method.Identifier.Text);
                    edits.AddRange(DropModifiers(method.Modifiers, MethodOnlyModifiers));
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    declared.Add(member switch
                    {
                        BaseTypeDeclarationSyntax t => t.Identifier.Text,
                        DelegateDeclarationSyntax d => d.Identifier.Text,
                        _ => "",
                    });
                    types.Add(code[member.FullSpan.Start..member.FullSpan.End].Trim('\n', '\r'));
                    edits.Add((member.FullSpan, ""));
                    break;
                default:
                    throw Refuse(notebook, cell, LineOf(member.GetLocation()),
                        $"a top-level {Describe(member)} cannot be exported: a file-based app's top level takes statements, local functions and types only.");
            }
        }

        var text = new StringBuilder(code);
        foreach (var (span, replacement) in edits.OrderByDescending(e => e.Span.Start))
            text.Remove(span.Start, span.Length).Insert(span.Start, replacement);
        return new TranslatedCell(cell.Number, TrimBlankLines(text.ToString()), usings, types, packages, declared);
    }

    // #!csharp goes, #r of Kit.dll goes (the #:project replaces it), #r "nuget: …" becomes #:package; the rest is refused.
    private static string TakeDirectives(Notebook notebook, NotebookCell cell, List<string> packages)
    {
        var lines = cell.Source.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                string magic = line[2..].Split(' ', 2)[0];
                if (magic is not ("csharp" or "c#" or "C#"))
                    throw Refuse(notebook, cell, i + 1, $"the magic command #!{magic} has no file-based app equivalent.");
                lines[i] = "";
            }
            else if (NuGetReference().Match(line) is { Success: true } nuget)
            {
                string version = nuget.Groups["version"].Value.Trim();
                packages.Add($"{nuget.Groups["id"].Value.Trim()}@{(version.Length == 0 ? "*" : version)}");
                lines[i] = "";
            }
            else if (AssemblyReference().Match(line) is { Success: true } reference)
            {
                if (!string.Equals(Path.GetFileName(reference.Groups["path"].Value), "Kit.dll", StringComparison.OrdinalIgnoreCase))
                    throw Refuse(notebook, cell, i + 1, $"#r \"{reference.Groups["path"].Value}\" cannot be exported: a file-based app references projects (#:project) and packages (#:package), not DLLs.");
                lines[i] = "";
            }
            else if (line.StartsWith("#i ", StringComparison.Ordinal) || line.StartsWith("#load ", StringComparison.Ordinal))
            {
                throw Refuse(notebook, cell, i + 1, $"{line.Split(' ')[0]} cannot be exported.");
            }
        }
        return string.Join('\n', lines);
    }

    // display(x) and Console.Write… already show their value; anything else is shown the way the kernel shows a cell's value.
    private static (TextSpan, string) DisplayEdit(ExpressionSyntax expression)
    {
        bool shows = expression is InvocationExpressionSyntax call && call.Expression.ToString() is
            "display" or "Console.WriteLine" or "Console.Write" or "System.Console.WriteLine" or "System.Console.Write";
        return shows
            ? (new TextSpan(expression.Span.End, 0), ";")
            : (expression.Span, $"display({expression});");
    }

    private static IEnumerable<(TextSpan, string)> DropModifiers(SyntaxTokenList modifiers, HashSet<SyntaxKind> drop) =>
        modifiers.Where(m => drop.Contains(m.Kind()))
            .Select(m => (TextSpan.FromBounds(m.SpanStart, m.FullSpan.End), ""));

    private static IEnumerable<string> DeclaredBy(StatementSyntax statement) => statement switch
    {
        LocalDeclarationStatementSyntax local => local.Declaration.Variables.Select(v => v.Identifier.Text),
        LocalFunctionStatementSyntax function => [function.Identifier.Text],
        _ => [],
    };

    private static string Describe(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax => "property",
        EventFieldDeclarationSyntax or EventDeclarationSyntax => "event",
        IndexerDeclarationSyntax => "indexer",
        OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax => "operator",
        BaseNamespaceDeclarationSyntax => "namespace",
        _ => member.Kind().ToString(),
    };

    private static string TrimBlankLines(string text)
    {
        var lines = text.Split('\n').ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0])) lines.RemoveAt(0);
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines);
    }

    private static int LineOf(Location location) => location.GetLineSpan().StartLinePosition.Line + 1;

    private static NotebookFormatException Refuse(Notebook notebook, NotebookCell cell, int? line, string message) =>
        new($"{notebook.Name}, cell {cell.Number}{(line is int l ? $", line {l}" : "")}: {message}");

    [GeneratedRegex("^#r\\s+\"nuget\\s*:\\s*(?<id>[^,\"]+)(,(?<version>[^\"]*))?\"", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetReference();

    [GeneratedRegex("^#r\\s+\"(?<path>[^\"]+)\"")]
    private static partial Regex AssemblyReference();
}
