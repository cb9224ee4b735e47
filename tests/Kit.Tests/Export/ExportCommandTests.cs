using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Export;

/// <summary>kit export on bad input: one line naming the file, exit code 2, no trace.</summary>
[Collection(NotebookCollection.Name)]
public class ExportCommandTests
{
    private static (int Code, string Stderr) Kit(params string[] args)
    {
        var errors = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(new StringWriter());
        Console.SetError(errors);
        try
        {
            return (global::Kit.Cli.Program.Main(args), errors.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public void Bad_input_gets_one_line_and_exit_code_2()
    {
        using var temp = new TempFolder();
        string text = temp.File("notes.txt", "not a notebook");
        string broken = temp.File("broken.ipynb", "{\"cells\": [");
        string pwsh = temp.File("pwsh.ipynb", NotebookFiles.Make("var a = 1;", "#!pwsh\nGet-Date"));
        string outFile = Path.Combine(temp.Path, "out.cs");
        var cases = new (string[] Args, string Message)[]
        {
            (["export", Path.Combine(temp.Path, "missing.ipynb"), "--out", outFile], "missing.ipynb: no such notebook."),
            (["export", text, "--out", outFile], "notes.txt: not a notebook (kit export takes an .ipynb file)."),
            (["export", temp.Path, "--out", outFile], ": is a folder; kit export takes one .ipynb notebook."),
            (["export", broken, "--out", outFile], "broken.ipynb: not valid JSON at line 1"),
            (["export", pwsh, "--out", outFile], "pwsh.ipynb, cell 2, line 1: the magic command #!pwsh has no file-based app equivalent."),
            (["export", pwsh, "--out", Path.Combine(temp.Path, "out.txt")], "out.txt: a file-based app is a .cs file; give --out a name ending in .cs."),
        };
        foreach (var (args, message) in cases)
        {
            var (code, stderr) = Kit(args);
            Assert.Equal(2, code);
            Assert.StartsWith("kit: ", stderr);
            Assert.Contains(message, stderr);
            Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        }
        Assert.False(File.Exists(outFile));
    }
}
