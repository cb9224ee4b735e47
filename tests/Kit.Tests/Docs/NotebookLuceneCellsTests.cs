using System.Text.RegularExpressions;
using Kit.Text;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Xunit.Abstractions;

namespace Kit.Tests.Docs;

/// <summary>
/// docs/notebook-02-lucene-cells.md holds cells for notebook 02 that load Lucene.Net with #r "nuget: …", which the
/// runner of today refuses. This runs them the way the kernel would: one script submission per cell, after notebook
/// 02's own first cells (the corpus and the sentence), with the kit and Lucene.Net loaded in place of the #r lines.
/// </summary>
public partial class NotebookLuceneCellsTests(ITestOutputHelper output)
{
    private static readonly string[] KernelImports = ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpCell();

    private static IEnumerable<string> NotebookCells(int[] indexes)
    {
        var notebook = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(KitPaths.Root, "notebooks", "instructor", "02-tokenization.ipynb")));
        var cells = notebook.RootElement.GetProperty("cells");
        return indexes.Select(i => string.Concat(cells[i].GetProperty("source").EnumerateArray().Select(l => l.GetString())));
    }

    [Fact]
    public async Task The_lucene_cells_for_notebook_02_compile_run_and_agree()
    {
        string markdown = File.ReadAllText(Path.Combine(KitPaths.Root, "docs", "notebook-02-lucene-cells.md")).ReplaceLineEndings("\n");
        var cells = CSharpCell().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        Assert.True(cells.Count >= 4, $"{cells.Count} C# cells");
        Assert.StartsWith("#r \"nuget: Lucene.Net.Analysis.Common, 4.8.0-beta00017\"", cells[0]);

        // The notebook's first code cell (usings, corpus) and the one that picks the sentence come first.
        var submissions = NotebookCells([1, 3]).Concat(cells)
            .Select(code => string.Join('\n', code.Split('\n').Where(line => !line.StartsWith("#r ", StringComparison.Ordinal))))
            .ToList();
        var options = ScriptOptions.Default
            .WithReferences(typeof(Kit.Corpus.Document).Assembly, typeof(Lucene.Net.Index.IndexWriter).Assembly,
                typeof(Lucene.Net.Analysis.Ar.ArabicAnalyzer).Assembly, typeof(J2N.Character).Assembly)
            .WithImports(KernelImports);
        ScriptState<object>? state = null;
        foreach (var code in submissions)
        {
            state = state is null ? await CSharpScript.RunAsync(code, options) : await state.ContinueWithAsync(code, options);
            if (state.ReturnValue is Kit.Display.HtmlTable table)
            {
                Assert.NotEmpty(table.Rows); // every table the cells show has rows
                output.WriteLine(string.Join(" | ", table.Columns));
                foreach (var row in table.Rows.Take(12)) output.WriteLine(string.Join(" | ", row));
            }
        }
        var (stem, sentences) = ((string, int))state!.ReturnValue;
        output.WriteLine($"stem of الأمريكية: {stem}; {sentences} sentences of the seeds hold it");
        Assert.Equal("امريك", stem);
        Assert.InRange(sentences, 5, 200);
        Assert.True((bool)state.GetVariable("sameAsLucene").Value);
    }
}
