using Kit.Tests.Support;

namespace Kit.Tests.Cli;

/// <summary>
/// kit --titles: an instructor's speaker-titles file reaches the people finder from the command line, as --names and
/// --verbs do; a bad one is one line naming the file and its line. النوخذار is a title invented for these tests.
/// </summary>
public class TitlesOptionTests
{
    private const string Article = "عنوان\n\nووصل النوخذار بيرالتا كوستيلو إلى الميناء أمس.\n";

    [Fact]
    public void A_titles_file_of_ones_own_finds_the_person_after_its_title_where_the_bundled_titles_do_not()
    {
        using var temp = new TempFolder();
        string folder = Path.Combine(temp.Path, "corpus");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), Article);
        string titles = Path.Combine(temp.Path, "titles.txt");
        File.WriteAllText(titles, "[titles]\nالنوخذار\n[descriptors]\n[modifiers]\n[links]\n[stops]\n");

        var bundled = KitCommand.Run("entities", folder, "--format", "json");
        var own = KitCommand.Run("entities", folder, "--format", "json", "--titles", titles);

        Assert.Equal(0, bundled.ExitCode);
        Assert.Equal(0, own.ExitCode);
        Assert.DoesNotContain("بيرالتا كوستيلو", bundled.Out);
        Assert.Contains("بيرالتا كوستيلو", own.Out);
    }

    [Fact]
    public void A_titles_file_with_a_bad_hint_is_one_line_naming_the_file_and_the_line_and_exit_2()
    {
        using var temp = new TempFolder();
        string titles = Path.Combine(temp.Path, "titles.txt");
        File.WriteAllText(titles, "[titles]\nالنوخذار -> captain\n[descriptors]\n[modifiers]\n[links]\n[stops]\n");

        var result = KitCommand.Run("quotes", Seeds.Folder, "--titles", titles);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        string line = Assert.Single(result.Err.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"kit: {titles}, line 2: \"-> captain\" should be ", line);
    }
}
