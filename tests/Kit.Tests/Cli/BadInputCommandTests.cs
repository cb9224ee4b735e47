using System.Text;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Cli;

/// <summary>
/// The kit command on bad input, run in-process as a shell would: one line on stderr naming the file and the place,
/// a non-zero exit code, never a stack trace; warnings are one line each and the command goes on.
/// </summary>
[Collection(NotebookCollection.Name)]
public class BadInputCommandTests
{
    private static readonly byte[] Salam = Encoding.UTF8.GetBytes("سلام"); // 8 bytes

    private static void AssertOneLineError(KitCommand.Result result, int exitCode, string line)
    {
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal([line], result.ErrLines);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Theory]
    [InlineData("--repeat", "0", "kit: --repeat: 0 is below 1; give a whole number of 1 or more.")]
    [InlineData("--repeat", "-1", "kit: --repeat: -1 is below 1; give a whole number of 1 or more.")]
    [InlineData("--rounds", "0", "kit: --rounds: 0 is below 1; give a whole number of 1 or more.")]
    [InlineData("--stage", "lucene,solr", "kit: --stage: no stage 'solr'; stages: normalize, lucene, lucene-net, clitics, pipeline.")]
    [InlineData("--stage", ",", "kit: --stage: name at least one stage: normalize, lucene, lucene-net, clitics, pipeline.")]
    public void Bench_refuses_a_bad_option_in_one_line(string option, string value, string line) =>
        AssertOneLineError(KitCommand.Run("bench", Path.Combine(Seeds.Folder, "no-such-file.txt"), option, value), 2, line);

    [Fact]
    public void Missing_corpus_folder()
    {
        AssertOneLineError(KitCommand.Run("entities", "/no/such/folder"), 2, "kit: /no/such/folder: no such folder.");
    }

    [Fact]
    public void Empty_corpus_folder()
    {
        using var temp = new TempFolder();
        AssertOneLineError(KitCommand.Run("entities", temp.Path), 2, $"kit: {temp.Path}: holds no .txt files; put one UTF-8 text file per article there.");
    }

    [Fact]
    public void Invalid_utf8_stops_entities_and_tokenize_naming_file_and_byte()
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("corpus/bad.txt", [.. Encoding.UTF8.GetBytes("قال لافروف"), 0xC3, 0x28]);
        string expected = $"kit: {path}: not valid UTF-8 at byte 19. Save the file as UTF-8, or replace the bad bytes with U+FFFD (kit: --replace-invalid; code: replaceInvalidUtf8: true).";
        AssertOneLineError(KitCommand.Run("entities", Path.GetDirectoryName(path)!), 2, expected);
        AssertOneLineError(KitCommand.Run("tokenize", path), 2, expected);
    }

    [Fact]
    public void Replace_invalid_goes_on_with_one_warning_naming_file_and_byte()
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("corpus/bad.txt", [.. Encoding.UTF8.GetBytes("قال لافروف"), 0xC3, 0x28]);
        string warning = $"kit: warning: {path}: 1 invalid byte sequence replaced by U+FFFD, the first at byte 19.";

        var entities = KitCommand.Run("entities", Path.GetDirectoryName(path)!, "--format", "json", "--replace-invalid");
        Assert.Equal(0, entities.ExitCode);
        Assert.Equal([warning], entities.ErrLines);
        Assert.Contains("\"surface\": \"لافروف\"", entities.Out);

        var tokenize = KitCommand.Run("tokenize", path, "--replace-invalid");
        Assert.Equal(0, tokenize.ExitCode);
        Assert.Equal([warning], tokenize.ErrLines);
        // قال 0-3, لافروف 4-10; the replacement character and "(" are no words.
        Assert.Equal("## bad.txt\n0 3 قال\n4 10 لافروف\n", tokenize.Out);
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("cooccurrence")]
    [InlineData("report")]
    [InlineData("quotes")]
    public void Every_command_that_reads_a_corpus_stops_on_bad_bytes_or_replaces_them_when_asked(string command)
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("corpus/bad.txt", [.. Encoding.UTF8.GetBytes("قال لافروف في موسكو"), 0xFF]);
        string folder = Path.GetDirectoryName(path)!;
        string[] args = command == "report" ? [command, folder, "--out", Path.Combine(temp.Path, "report.html")] : [command, folder];
        AssertOneLineError(KitCommand.Run(args), 2,
            $"kit: {path}: not valid UTF-8 at byte 35. Save the file as UTF-8, or replace the bad bytes with U+FFFD (kit: --replace-invalid; code: replaceInvalidUtf8: true).");
        Assert.False(File.Exists(Path.Combine(temp.Path, "report.html")));
        var replaced = KitCommand.Run([.. args, "--replace-invalid"]);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains($"kit: warning: {path}: 1 invalid byte sequence replaced by U+FFFD, the first at byte 35.", replaced.ErrLines);
        Assert.DoesNotContain("   at ", replaced.Err);
    }

    [Fact]
    public void Binary_file()
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("corpus/photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]); // a JPEG's first bytes
        string expected = $"kit: {path}: not a text file: control character 0x00 at byte 4. The kit reads UTF-8 text files.";
        AssertOneLineError(KitCommand.Run("entities", Path.GetDirectoryName(path)!), 2, expected);
        AssertOneLineError(KitCommand.Run("tokenize", path, "--replace-invalid"), 2, expected);
    }

    [Fact]
    public void Empty_file_and_non_arabic_file_warn_and_go_on()
    {
        using var temp = new TempFolder();
        var empty = temp.Bytes("empty.txt", []);
        var english = temp.File("english.txt", "Lavrov met Kerry.");
        var result = KitCommand.Run("tokenize", empty, english);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("## empty.txt\n## english.txt\n0 6 lavrov\n7 10 met\n11 16 kerry\n", result.Out);
        Assert.Equal([$"kit: warning: {empty}: empty file.", $"kit: warning: {english}: mostly not Arabic (0 of 14 letters are Arabic); the kit's rules are made for Arabic."],
            result.ErrLines);
    }

    [Fact]
    public void Utf16_file_tokenizes_like_its_utf8_twin()
    {
        using var temp = new TempFolder();
        const string text = "قال لافروف في موسكو";
        var utf16 = temp.Bytes("a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        var utf8 = temp.File("b.txt", text);
        var a = KitCommand.Run("tokenize", utf16);
        var b = KitCommand.Run("tokenize", utf8);
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(b.Out.Replace("## b.txt", "## a.txt"), a.Out);
        Assert.Equal("", a.Err);
    }

    [Fact]
    public void Missing_file_for_tokenize()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "missing.txt");
        var result = KitCommand.Run("tokenize", path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"kit: {path}: cannot read the file (", Assert.Single(result.ErrLines));
    }

    [Fact]
    public void A_folder_given_as_a_file()
    {
        using var temp = new TempFolder();
        AssertOneLineError(KitCommand.Run("tokenize", temp.Path), 2, $"kit: {temp.Path}: is a folder; give a text file.");
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_fails_before_any_notebook_runs()
    {
        using var temp = new TempFolder();
        var notebook = temp.File("nb/a.ipynb", NotebookFiles.Make("System.IO.File.WriteAllText(\"ran\", \"\");"));
        var blocker = temp.File("out", "a file where the folder should be");
        var result = KitCommand.Run("run", notebook, "--out", blocker);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"kit: {Path.Combine(blocker, "notebooks")}: cannot write executed notebooks there (", Assert.Single(result.ErrLines));
        Assert.False(File.Exists(Path.Combine(temp.Path, "nb", "ran")));
    }

    [Fact]
    public void A_200_MB_article_is_refused_by_entities_at_once()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "dump.txt");
        using (var sparse = File.Create(path)) sparse.SetLength(200_000_000);
        AssertOneLineError(KitCommand.Run("entities", temp.Path), 2,
            $"kit: {path}: 200.0 MB is too large for one article (the limit is 32 MB); split it into one file per article.");
    }

    [Fact]
    public void Broken_notebook_for_kit_run()
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.ipynb", "{\n \"cells\": [\n  {,\n");
        AssertOneLineError(KitCommand.Run("run", path, "--out", Path.Combine(temp.Path, "out")), 2, $"kit: {path}: not valid JSON at line 3, position 4.");
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public void Release_into_its_own_source_folder()
    {
        using var temp = new TempFolder();
        temp.File("instructor/a.ipynb", NotebookFiles.Make("1"));
        var source = Path.Combine(temp.Path, "instructor");
        var before = File.ReadAllBytes(Path.Combine(source, "a.ipynb"));
        AssertOneLineError(KitCommand.Run("release", "--from", source, "--out", source), 2,
            $"kit: {source}: kit release will not write into the folder it releases from ({source}); choose another --out.");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(source, "a.ipynb")));
    }
}
