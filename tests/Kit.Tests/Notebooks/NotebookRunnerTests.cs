using System.Text.Json.Nodes;
using Kit.Notebooks.Model;
using Kit.Notebooks.Running;
using Kit.Tests.Support;

namespace Kit.Tests.Notebooks;

/// <summary>
/// One probe notebook, run once in the real kernel (a kernel start costs seconds), with a cell for each behaviour a
/// student relies on; each test reads its cell from that run.
/// </summary>
public sealed class ProbeRun : IDisposable
{
    public static readonly string[] Cells =
    [
        /* 1 */ "var x = 20;",
        /* 2 */ "x + 22",
        /* 3 */ "\"سلام\"",
        /* 4 */ "Console.WriteLine(\"a\"); Console.Write(\"b\");",
        /* 5 */ "display(\"one\"); display(\"two\");",
        /* 6 */ "var sb = new StringBuilder(); var l = new List<int>{1}.Select(i => i).ToList(); Task t = Task.CompletedTask; sb.Append(l.Count); sb.ToString()",
        /* 7 */ "var b = 2;\nint[] c = new int[1];\nc[5] = 3;",
        /* 8 */ "// comment\nvar y = ;",
        /* 9 */ "System.IO.File.ReadAllText(\"data.txt\")",
        /* 10 */ $"#r \"{typeof(Kit.Display.Show).Assembly.Location}\"\nusing Kit.Display;\nShow.Arabic(\"<b>نص</b>\")",
        /* 11 */ "throw new Kit.Files.KitInputException(\"a.txt: not valid UTF-8 at byte 8.\");",
        /* 12 */ "Console.ReadLine() is null",
        /* 13 */ "1.5.ToString() + \" \" + System.Globalization.CultureInfo.CurrentCulture.Name + \"|\"",
        /* 14 */ "#!csharp\nx * 2",
        /* 15 */ "for (int i = 0; i < 1000; i++) display(i);",
        /* 16 */ "Console.Write(new string('a', 300_000)); Console.Error.Write(new string('b', 300_000));",
        /* 17 */ "display(new string('z', 200_000)); display(\"after\");",
    ];

    private readonly TempFolder _temp = new();

    public ProbeRun()
    {
        _temp.File("nb/a/b/data.txt", "hello");
        Path = _temp.File("nb/a/b/probe.ipynb", NotebookFiles.Make(
            Cells.Select(c => ("code", c)).Prepend(("markdown", "# title")).ToArray()));
        Bytes = File.ReadAllBytes(Path);
        Events = [];
        (Executed, Outcome) = new NotebookRunner(new RunnerOptions { OnEvent = Events.Add }).Run(NotebookJson.Read(Path));
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public List<RunEvent> Events { get; }

    public JsonObject Executed { get; }

    public NotebookOutcome Outcome { get; }

    /// <summary>The outcome of code cell n (In [n]).</summary>
    public CellOutcome Code(int n) => Outcome.Cells[n - 1];

    /// <summary>The outputs of code cell n (the markdown cell comes first).</summary>
    public JsonArray Outputs(int n) => (JsonArray)Executed["cells"]![n]!["outputs"]!;

    public void Dispose() => _temp.Dispose();
}

[Collection(NotebookCollection.Name)]
[Trait("Category", "Kernel")]
public class NotebookRunnerTests(ProbeRun probe) : IClassFixture<ProbeRun>
{
    private static string Html(JsonNode? output) => output!["data"]!["text/html"]!.GetValue<string>();

    private static string Text(JsonNode? output) => string.Concat(output!["text"]!.AsArray().Select(l => l!.GetValue<string>()));

    [Fact]
    public void State_carries_from_cell_to_cell_and_a_trailing_value_is_the_cells_result()
    {
        Assert.True(probe.Code(1).Succeeded, probe.Code(1).Error);
        Assert.Empty(probe.Outputs(1));
        var output = Assert.Single(probe.Outputs(2));
        Assert.Equal("execute_result", output!["output_type"]!.GetValue<string>());
        Assert.Contains("<pre>42</pre>", Html(output));
        Assert.Equal(2, output["execution_count"]!.GetValue<int>());
        Assert.Equal(2, probe.Executed["cells"]![2]!["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void A_string_displays_as_plain_text_and_a_statement_displays_nothing()
    {
        Assert.Equal("سلام", probe.Outputs(3).Single()!["data"]!["text/plain"]!.GetValue<string>());
        Assert.Empty(probe.Outputs(1));
    }

    [Fact]
    public void Console_output_becomes_one_stream_output()
    {
        var output = Assert.Single(probe.Outputs(4));
        Assert.Equal("stdout", output!["name"]!.GetValue<string>());
        Assert.Equal("a\nb", Text(output));
    }

    [Fact]
    public void Display_shows_values_in_order()
    {
        Assert.Equal(["one", "two"], probe.Outputs(5).Select(o => o!["data"]!["text/plain"]!.GetValue<string>()));
    }

    [Fact]
    public void Default_imports_are_the_kernels()
    {
        Assert.True(probe.Code(6).Succeeded, probe.Code(6).Error);
        Assert.Equal("1", probe.Outputs(6).Single()!["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void A_runtime_failure_names_the_notebook_and_cell_and_later_cells_still_run()
    {
        var failed = probe.Code(7);
        Assert.False(failed.Succeeded);
        // The kernel reports no line numbers for runtime errors (it compiles cells without debug information).
        Assert.Equal("probe.ipynb, In [7]: Index was outside the bounds of the array.", failed.Error);
        var error = probe.Outputs(7).Single()!;
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        Assert.Equal("IndexOutOfRangeException", error["ename"]!.GetValue<string>());
        Assert.DoesNotContain(error["traceback"]!.AsArray(), l => l!.GetValue<string>().Contains("Microsoft.CodeAnalysis"));
        Assert.True(probe.Code(9).Succeeded);
    }

    [Fact]
    public void A_compilation_error_names_the_cell_and_line()
    {
        var failed = probe.Code(8);
        Assert.False(failed.Succeeded);
        Assert.False(failed.Compiled);
        Assert.Equal(2, failed.Line);
        Assert.Equal("probe.ipynb, In [8], line 2: CS1525: Invalid expression term ';'", failed.Error);
    }

    [Fact]
    public void Working_directory_is_the_notebooks_folder_and_Kit_dll_loads_by_its_relative_path()
    {
        Assert.Equal("hello", probe.Outputs(9).Single()!["data"]!["text/plain"]!.GetValue<string>());
        Assert.True(probe.Code(10).Succeeded, probe.Code(10).Error);
        // Kit's own HTML, through the Formatting convention, escaped.
        Assert.Equal("<div dir=\"rtl\" style=\"text-align:right;line-height:1.9;white-space:pre-wrap\">&lt;b&gt;نص&lt;/b&gt;</div>", Html(probe.Outputs(10).Single()));
    }

    [Fact]
    public void A_friendly_exception_shows_its_message_alone()
    {
        var error = probe.Outputs(11).Single()!;
        Assert.Equal(["a.txt: not valid UTF-8 at byte 8."], error["traceback"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("probe.ipynb, In [11]: a.txt: not valid UTF-8 at byte 8.", probe.Code(11).Error);
    }

    [Fact]
    public void A_cell_that_reads_the_keyboard_gets_nothing_at_once()
    {
        Assert.True(probe.Code(12).Succeeded, probe.Code(12).Error);
        Assert.Contains("<pre>True</pre>", Html(probe.Outputs(12).Single()));
    }

    [Fact]
    public void Cells_run_in_the_invariant_culture()
    {
        Assert.Equal("1.5 |", probe.Outputs(13).Single()!["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Magic_commands_go_to_the_kernel()
    {
        Assert.True(probe.Code(14).Succeeded, probe.Code(14).Error);
        Assert.Contains("<pre>40</pre>", Html(probe.Outputs(14).Single()));
    }

    [Fact]
    public void Outputs_per_cell_are_capped_in_number_with_a_visible_note()
    {
        var outputs = probe.Outputs(15);
        Assert.Equal(101, outputs.Count);
        Assert.Equal("\n[output cut: this cell made more than 100 outputs; the rest were not kept]\n", Text(outputs[^1]));
    }

    [Fact]
    public void Streams_share_one_character_budget_per_cell()
    {
        var outputs = probe.Outputs(16);
        Assert.Equal(["stdout", "stderr"], outputs.Select(o => o!["name"]!.GetValue<string>()));
        Assert.Equal(new string('a', 100_000), Text(outputs[0]));
        Assert.Equal("\n[output cut: this cell wrote more than 100,000 characters; the rest was not kept]\n", Text(outputs[1]));
    }

    [Fact]
    public void A_display_past_the_budget_is_dropped_with_a_note_not_stored_whole()
    {
        var outputs = probe.Outputs(17);
        var note = Assert.Single(outputs);
        Assert.Contains("passed 100,000 characters", Text(note));
    }

    [Fact]
    public void Markdown_cells_are_kept_and_not_run_and_the_notebook_read_is_unchanged()
    {
        Assert.Equal(ProbeRun.Cells.Length, probe.Outcome.Cells.Count);
        Assert.Null(probe.Executed["cells"]![0]!["outputs"]);
        Assert.Equal(probe.Bytes, File.ReadAllBytes(probe.Path));
        Assert.Equal(["data.txt", "probe.ipynb"], Directory.GetFiles(Path.GetDirectoryName(probe.Path)!).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Events_announce_the_kernel_then_each_cell_and_carry_the_outcomes()
    {
        Assert.Null(probe.Events[0].Cell);
        Assert.Equal(probe.Outcome.Cells, probe.Events.Where(e => e.Outcome is not null).Select(e => e.Outcome!));
        Assert.True(probe.Outcome.KernelStart > TimeSpan.Zero);
    }

    [NeedsFact(Tool.Nbformat)]
    public void Executed_copy_passes_nbformat_validation()
    {
        Needs.Ensure(Tool.Nbformat);
        using var temp = new TempFolder();
        var path = temp.File("out.ipynb", NotebookJson.Serialize(probe.Executed));
        Assert.Null(Nbformat.Validate(path));
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
}
