using System.CommandLine;
using Kit.Cli.Commands;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Faults;

/// <summary>
/// What the command line may ask: a parse error was the help text and exit 1 where the README promises 2; an empty
/// path (--out "") ended in a stack trace. Now each is one line on stderr, exit 2, nothing on stdout.
/// </summary>
[Collection(NotebookCollection.Name)]
public class CommandLineBoundsTests
{
    private static void AssertOneLine(KitCommand.Result result, string line)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal([line], result.ErrLines);
    }

    [Fact]
    public void Parse_errors_are_one_line_and_exit_2()
    {
        AssertOneLine(KitCommand.Run("entities", Seeds.Folder, "--format", "xml"),
            "kit: Argument 'xml' not recognized. Must be one of: 'json' 'table' (kit entities --help lists what it takes.)");
        AssertOneLine(KitCommand.Run("entities"), "kit: Required argument missing for command: 'entities'. (kit entities --help lists what it takes.)");
        AssertOneLine(KitCommand.Run("cooccurrence", Seeds.Folder, "--min-count", "99999999999"),
            "kit: Cannot parse argument '99999999999' for option '--min-count' as expected type 'System.Int32'. (kit cooccurrence --help lists what it takes.)");
        AssertOneLine(KitCommand.Run("nosuch"), "kit: Required command was not provided. Unrecognized command or argument 'nosuch'. (kit --help lists what it takes.)");
    }

    [Fact]
    public void Help_still_answers_with_exit_0()
    {
        var help = KitCommand.Run("entities", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--format", help.Out);
    }

    [Theory]
    [InlineData("report", "--out")]
    [InlineData("report", "--actors")]
    [InlineData("export", "--out")]
    [InlineData("release", "--out")]
    [InlineData("release", "--from")]
    [InlineData("generate", "--out")]
    [InlineData("entities", "--actors")]
    [InlineData("quotes", "--verbs")]
    [InlineData("entities", "--names")]
    public void An_empty_path_is_one_line_and_exit_2(string command, string option)
    {
        using var temp = new TempFolder();
        string[] args = command switch
        {
            "report" => [command, Seeds.Folder, "--out", Path.Combine(temp.Path, "r.html")],
            "export" => [command, Path.Combine(Kit.Files.KitPaths.Notebooks, "instructor", "01-corpus-and-normalization.ipynb"), "--out", Path.Combine(temp.Path, "01.cs")],
            "release" => [command, "--out", Path.Combine(temp.Path, "student")],
            "generate" => [command, "--size", "1KB", "--out", Path.Combine(temp.Path, "g")],
            _ => [command, Seeds.Folder],
        };
        var list = args.ToList();
        int at = list.IndexOf(option);
        if (at >= 0) list[at + 1] = "";
        else list.AddRange([option, ""]);
        AssertOneLine(KitCommand.Run([.. list]), $"kit: {option} \"\": give a file or folder name, not an empty one. (kit {command} --help lists what it takes.)");
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_names_file_without_a_section_the_finder_needs_is_one_line_naming_it_and_exit_2()
    {
        using var temp = new TempFolder();
        string names = Path.Combine(temp.Path, "names.txt");
        File.WriteAllText(names, "[given-male]\nسامي\n");
        AssertOneLine(KitCommand.Run("entities", Seeds.Folder, "--names", names), $"kit: {names}: has no [nickname-markers] section (sections found: given-male).");
    }

    [Fact]
    public void An_empty_folder_or_file_argument_is_one_line_and_exit_2()
    {
        AssertOneLine(KitCommand.Run("tokenize", ""), "kit: \"\": give a file or folder name for files, not an empty one. (kit tokenize --help lists what it takes.)");
        AssertOneLine(KitCommand.Run("quotes", ""), "kit: \"\": give a file or folder name for folder, not an empty one. (kit quotes --help lists what it takes.)");
    }

    /// <summary>The rule kit run's --timeout is to call (RunCommand belongs to the runner's rewrite): 0 and -5 refused.</summary>
    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("86401")]
    public void A_timeout_out_of_bounds_is_a_parse_error(string value)
    {
        var timeout = new Option<int>("--timeout") { DefaultValueFactory = _ => 120 }.Between(1, 86_400, "a number of seconds");
        var command = new RootCommand { timeout };
        var parsed = command.Parse(["--timeout", value]);
        Assert.Equal([$"--timeout {value}: give a number of seconds from 1 to 86400."], parsed.Errors.Select(e => e.Message));
        Assert.Empty(command.Parse(["--timeout", "5"]).Errors);
        Assert.Empty(command.Parse([]).Errors);
    }
}
