using System.Text;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Faults;

/// <summary>
/// A bad file after good ones: the commands that print as they go used to print the good files' half of the JSON
/// array (or table, or tokens) before the error. Every file is now read once before anything is printed: the output
/// is whole or absent, the error one line naming the file and the byte, exit 2.
/// </summary>
[Collection(NotebookCollection.Name)]
public class WholeOrNoOutputTests
{
    [Theory]
    [InlineData("entities", "json")]
    [InlineData("entities", "table")]
    [InlineData("quotes", "json")]
    [InlineData("quotes", "table")]
    [InlineData("tokenize", null)]
    public void A_bad_file_after_good_ones_prints_nothing_on_stdout(string command, string? format)
    {
        using var temp = new TempFolder();
        temp.File("corpus/a.txt", "قال لافروف في موسكو إن \"الحل سياسي\".\n");
        temp.File("corpus/b.txt", "وقال كيري إن الاتصالات مستمرة.\n");
        var bad = temp.Bytes("corpus/c.txt", [.. Encoding.UTF8.GetBytes("قال لافروف"), 0xC3, 0x28]);
        string folder = Path.GetDirectoryName(bad)!;
        string[] args = command == "tokenize"
            ? [command, Path.Combine(folder, "a.txt"), Path.Combine(folder, "b.txt"), bad]
            : [command, folder, "--format", format!];

        var result = KitCommand.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal([$"kit: {bad}: not valid UTF-8 at byte 19. Save the file as UTF-8, or replace the bad bytes with U+FFFD (kit: --replace-invalid; code: replaceInvalidUtf8: true)."],
            result.ErrLines);
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("quotes")]
    public void Good_files_still_give_the_whole_array(string command)
    {
        using var temp = new TempFolder();
        temp.File("corpus/a.txt", "قال لافروف في موسكو إن \"الحل سياسي\".\n");
        temp.File("corpus/b.txt", "وقال كيري إن الاتصالات مستمرة.\n");
        var result = KitCommand.Run(command, Path.Combine(temp.Path, "corpus"), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var array = System.Text.Json.JsonDocument.Parse(result.Out).RootElement;
        Assert.Contains(array.EnumerateArray(), item => item.GetProperty("doc").GetString() == "a");
        Assert.Contains(array.EnumerateArray(), item => item.GetProperty("doc").GetString() == "b");
    }
}
