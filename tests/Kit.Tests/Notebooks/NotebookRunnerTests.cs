using System.Text.Json.Nodes;
using Kit.Notebooks.Model;
using Kit.Notebooks.Running;
using Kit.Tests.Support;

namespace Kit.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class NotebookRunnerTests
{
    private static (JsonObject Executed, NotebookOutcome Outcome) Run(TempFolder temp, string json, RunnerOptions? options = null)
    {
        var path = temp.File("nb/test.ipynb", json);
        return new NotebookRunner(options).Run(NotebookJson.Read(path));
    }

    private static JsonArray Outputs(JsonObject executed, int cell) => (JsonArray)executed["cells"]![cell - 1]!["outputs"]!;

    [Fact]
    public void State_carries_from_cell_to_cell_and_a_trailing_value_is_displayed()
    {
        using var temp = new TempFolder();
        var (executed, outcome) = Run(temp, NotebookFiles.Make("var x = 20;", "x + 22"));
        Assert.True(outcome.Succeeded);
        Assert.Empty(Outputs(executed, 1));
        var output = Assert.Single(Outputs(executed, 2));
        Assert.Equal("display_data", output!["output_type"]!.GetValue<string>());
        Assert.Contains("42", output["data"]!["text/html"]!.GetValue<string>());
        Assert.Equal(2, executed["cells"]![1]!["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void Each_cell_outcome_splits_its_time_into_compilation_and_execution()
    {
        using var temp = new TempFolder();
        var events = new List<RunEvent>();
        var (_, outcome) = Run(temp, NotebookFiles.Make("System.Threading.Thread.Sleep(30); var x = 1;", "x +", "x"),
            new RunnerOptions { OnEvent = events.Add });
        var (slept, broken, shown) = (outcome.Cells[0], outcome.Cells[1], outcome.Cells[2]);
        Assert.True(slept.Succeeded, slept.Error);
        Assert.True(slept.Compilation > TimeSpan.Zero);
        Assert.True(slept.Execution >= TimeSpan.FromMilliseconds(30), $"the cell sleeps 30 ms; execution {slept.Execution}");
        Assert.True(slept.Compilation + slept.Execution <= slept.Duration);
        Assert.False(broken.Compiled);
        Assert.True(broken.Compilation > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, broken.Execution);
        Assert.True(shown.Succeeded);
        Assert.Equal(outcome.Cells.Sum(c => c.Execution.Ticks), outcome.Execution.Ticks);
        // The finished-cell events carry the same outcomes, times included.
        Assert.Equal(outcome.Cells, events.Where(e => e.Outcome is not null).Select(e => e.Outcome!));
    }

    [Fact]
    public void A_string_displays_as_plain_text_and_a_statement_displays_nothing()
    {
        using var temp = new TempFolder();
        var (executed, _) = Run(temp, NotebookFiles.Make("\"سلام\"", "var y = 1;"));
        Assert.Equal("سلام", Outputs(executed, 1)[0]!["data"]!["text/plain"]!.GetValue<string>());
        Assert.Empty(Outputs(executed, 2));
    }

    [Fact]
    public void Console_output_becomes_one_stream_output()
    {
        using var temp = new TempFolder();
        var (executed, _) = Run(temp, NotebookFiles.Make("Console.WriteLine(\"a\"); Console.Write(\"b\");"));
        var output = Assert.Single(Outputs(executed, 1));
        Assert.Equal("stream", output!["output_type"]!.GetValue<string>());
        Assert.Equal("stdout", output["name"]!.GetValue<string>());
        Assert.Equal("a\nb", string.Concat(output["text"]!.AsArray().Select(l => l!.GetValue<string>())));
    }

    [Fact]
    public void Display_shows_values_in_order()
    {
        using var temp = new TempFolder();
        var (executed, outcome) = Run(temp, NotebookFiles.Make("display(\"one\"); display(\"two\");"));
        Assert.True(outcome.Succeeded);
        Assert.Equal(["one", "two"], Outputs(executed, 1).Select(o => o!["data"]!["text/plain"]!.GetValue<string>()));
    }

    [Fact]
    public void Default_imports_are_the_kernels()
    {
        using var temp = new TempFolder();
        var (_, outcome) = Run(temp, NotebookFiles.Make("var sb = new StringBuilder(); var l = new List<int>{1}.Select(i => i).ToList(); Task t = Task.CompletedTask;"));
        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public void A_runtime_failure_names_the_cell_and_line_and_later_cells_still_run()
    {
        using var temp = new TempFolder();
        var (executed, outcome) = Run(temp, NotebookFiles.Make("var a = 1;", "var b = 2;\nint[] c = new int[1];\nc[5] = 3;", "var d = a + b;\nd"));
        Assert.False(outcome.Succeeded);
        var failed = Assert.Single(outcome.Cells, c => !c.Succeeded);
        Assert.Equal(2, failed.Cell);
        Assert.Equal(3, failed.Line);
        Assert.Equal("test.ipynb, cell 2, line 3: Index was outside the bounds of the array.", failed.Error);
        var error = Outputs(executed, 2).Single()!;
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        Assert.Equal("IndexOutOfRangeException", error["ename"]!.GetValue<string>());
        Assert.True(outcome.Cells[2].Succeeded);
        Assert.Contains("3", Outputs(executed, 3).Single()!["data"]!["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void A_compilation_error_names_the_cell_and_line()
    {
        using var temp = new TempFolder();
        var (_, outcome) = Run(temp, NotebookFiles.Make("var ok = 1;", "// comment\nvar x = ;"));
        var failed = outcome.Cells[1];
        Assert.False(failed.Succeeded);
        Assert.Equal(2, failed.Line);
        Assert.StartsWith("test.ipynb, cell 2, line 2: CS1525", failed.Error);
    }

    [Fact]
    public void NuGet_references_and_foreign_magic_commands_are_refused_naming_the_cell()
    {
        using var temp = new TempFolder();
        var (_, outcome) = Run(temp, NotebookFiles.Make("#r \"nuget: Plotly.NET, 4.0.0\"", "#!pwsh\nGet-Date", "#!csharp\n1 + 1"));
        Assert.Equal("test.ipynb, cell 1, line 1: #r \"nuget: …\" is not supported by kit run (no package restore while running); reference a DLL with #r \"path/to.dll\" instead.", outcome.Cells[0].Error);
        Assert.StartsWith("test.ipynb, cell 2, line 1: the magic command #!pwsh is not supported", outcome.Cells[1].Error);
        Assert.True(outcome.Cells[2].Succeeded);
    }

    [Fact]
    public void A_cell_that_never_ends_times_out_and_the_rest_is_not_run()
    {
        using var temp = new TempFolder();
        var options = new RunnerOptions { CellTimeout = TimeSpan.FromSeconds(1) };
        var (_, outcome) = Run(temp, NotebookFiles.Make("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);", "1"), options);
        Assert.Equal("test.ipynb, cell 1: did not finish within 1 s (the per-cell timeout).", outcome.Cells[0].Error);
        Assert.False(outcome.Cells[1].Succeeded);
        Assert.Contains("cell 1 timed out", outcome.Cells[1].Error);
    }

    [Fact]
    public void Megabytes_of_console_output_are_cut()
    {
        using var temp = new TempFolder();
        var options = new RunnerOptions { MaxOutputCharacters = 1000 };
        var (executed, outcome) = Run(temp, NotebookFiles.Make("for (int i = 0; i < 100000; i++) Console.Write(\"0123456789\");"), options);
        Assert.True(outcome.Succeeded);
        var text = string.Concat(Outputs(executed, 1).Single()!["text"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.EndsWith("[output cut at 1,000 characters]\n", text);
        Assert.True(text.Length < 1100);
    }

    [Fact]
    public void Working_directory_is_the_notebooks_folder()
    {
        using var temp = new TempFolder();
        temp.File("nb/data.txt", "hello");
        var (executed, outcome) = Run(temp, NotebookFiles.Make("System.IO.File.ReadAllText(\"data.txt\")"));
        Assert.True(outcome.Succeeded, outcome.Cells[0].Error);
        Assert.Equal("hello", Outputs(executed, 1).Single()!["data"]!["text/plain"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("../../src/Kit/bin/Debug/net8.0/Kit.dll")]
    [InlineData("../../src/Kit/bin/Release/net8.0/Kit.dll")]
    public void A_reference_to_Kit_dll_binds_to_the_runners_Kit(string reference)
    {
        using var temp = new TempFolder();
        var (_, outcome) = Run(temp, NotebookFiles.Make($"#r \"{reference}\"\nusing Kit.Corpus;\nvar d = new Document(\"a\", \"نص\");\nd.Id"));
        Assert.True(outcome.Succeeded, outcome.Cells[0].Error);
    }

    [Fact]
    public void Kit_types_display_as_their_html()
    {
        using var temp = new TempFolder();
        var (executed, _) = Run(temp, NotebookFiles.Make("#r \"Kit.dll\"\nKit.Display.Show.Arabic(\"<b>نص</b>\")"));
        Assert.Equal("<div dir=\"rtl\" style=\"text-align:right;line-height:1.9;white-space:pre-wrap\">&lt;b&gt;نص&lt;/b&gt;</div>",
            Outputs(executed, 1).Single()!["data"]!["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void Markdown_cells_are_kept_and_not_run()
    {
        using var temp = new TempFolder();
        var (executed, outcome) = Run(temp, NotebookFiles.Make(("markdown", "# title"), ("code", "1")));
        Assert.Single(outcome.Cells);
        Assert.Null(executed["cells"]![0]!["outputs"]);
    }

    [Fact]
    public void Broken_json_names_the_file_and_the_place()
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.ipynb", "{\n \"cells\": [\n  {,\n");
        var e = Assert.Throws<NotebookFormatException>(() => NotebookJson.Read(path));
        Assert.Equal($"{path}: not valid JSON at line 3, position 4.", e.Message);
    }

    [Fact]
    public void Old_nbformat_and_missing_fields_are_named()
    {
        using var temp = new TempFolder();
        var v3 = temp.File("v3.ipynb", "{\"nbformat\": 3, \"worksheets\": []}");
        Assert.Equal($"{v3}: nbformat 3; the kit reads nbformat 4 (save it from VS Code or Jupyter to upgrade).",
            Assert.Throws<NotebookFormatException>(() => NotebookJson.Read(v3)).Message);
        var noType = temp.File("t.ipynb", "{\"nbformat\": 4, \"cells\": [{\"source\": []}]}");
        Assert.Equal($"{noType}: cell 1 has no \"cell_type\".", Assert.Throws<NotebookFormatException>(() => NotebookJson.Read(noType)).Message);
    }

    [Fact]
    public void Executed_copy_passes_nbformat_validation()
    {
        using var temp = new TempFolder();
        var (executed, _) = Run(temp, NotebookFiles.Make("Console.WriteLine(1);", "display(2); 3", "throw new Exception(\"x\");", "\"s\""));
        var path = temp.File("out.ipynb", NotebookJson.Serialize(executed));
        if (!Nbformat.Available())
        {
            Assert.Null(Environment.GetEnvironmentVariable("CI")); // CI installs python3-nbformat: there it must run
            return;
        }
        Assert.Null(Nbformat.Validate(path));
    }
}
