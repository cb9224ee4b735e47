using System.Text;
using System.Text.Json;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Faults;

/// <summary>
/// A U+202E (right-to-left override) in a file name or in the text reversed the rest of a terminal row: tables, JSON,
/// warnings and errors printed it raw, though HTML showed it as U+FFFD. Now tables and message lines show U+FFFD, and
/// JSON escapes it (\u202E), so the strings read back are the same.
/// </summary>
[Collection(NotebookCollection.Name)]
public class BidiInTerminalTests
{
    private const char Override = '\u202E';

    private static readonly string Article = $"قال لافروف في موسكو إن \"الحل {Override}سياسي\" وأضاف كيري في واشنطن إن الاتصالات مستمرة.\n";

    private static string Corpus(TempFolder temp)
    {
        temp.File($"corpus/a{Override}b.txt", Article);
        return Path.Combine(temp.Path, "corpus");
    }

    private static void AssertNoBidiControl(string text) =>
        Assert.DoesNotContain(text, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    [Theory]
    [InlineData("entities")]
    [InlineData("quotes")]
    [InlineData("cooccurrence")]
    public void Tables_show_bidi_controls_as_replacement_characters(string command)
    {
        using var temp = new TempFolder();
        var result = KitCommand.Run(command, Corpus(temp), "--format", "table");
        Assert.Equal(0, result.ExitCode);
        AssertNoBidiControl(result.Out);
        if (command != "cooccurrence") Assert.Contains("a\uFFFDb", result.Out);
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("quotes")]
    [InlineData("cooccurrence")]
    public void Json_escapes_bidi_controls_and_keeps_the_strings(string command)
    {
        using var temp = new TempFolder();
        var result = KitCommand.Run(command, Corpus(temp), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        AssertNoBidiControl(result.Out);
        Assert.Contains("\\u202E", result.Out);
        var strings = new List<string>();
        Collect(JsonDocument.Parse(result.Out).RootElement, strings);
        Assert.Contains(strings, s => s.Contains(Override));
    }

    [Fact]
    public void Warnings_and_errors_show_bidi_controls_in_file_names_as_replacement_characters()
    {
        using var temp = new TempFolder();
        temp.File($"warn/e{Override}mpty.txt", "");
        temp.File("warn/good.txt", Article);
        var warned = KitCommand.Run("entities", Path.Combine(temp.Path, "warn"));
        Assert.Equal(0, warned.ExitCode);
        Assert.Contains(warned.ErrLines, l => l.StartsWith("kit: warning: ", StringComparison.Ordinal) && l.Contains("e\uFFFDmpty.txt"));
        AssertNoBidiControl(warned.Err);

        var bad = temp.Bytes($"bad/b{Override}ad.txt", [.. Encoding.UTF8.GetBytes("قال"), 0xFF]);
        var failed = KitCommand.Run("entities", Path.GetDirectoryName(bad)!);
        Assert.Equal(2, failed.ExitCode);
        Assert.Equal([$"kit: {bad.Replace(Override, '\uFFFD')}: not valid UTF-8 at byte 6. Save the file as UTF-8, or replace the bad bytes with U+FFFD (kit: --replace-invalid; code: replaceInvalidUtf8: true)."],
            failed.ErrLines);
    }

    [Fact]
    public void Tokenize_names_the_file_with_a_replacement_character()
    {
        using var temp = new TempFolder();
        var path = temp.File($"a{Override}b.txt", "قال لافروف\n");
        var result = KitCommand.Run("tokenize", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("## a\uFFFDb.txt\n0 3 قال\n4 10 لافروف\n", result.Out);
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: strings.Add(element.GetString()!); break;
            case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) Collect(item, strings); break;
            case JsonValueKind.Object: foreach (var property in element.EnumerateObject()) Collect(property.Value, strings); break;
        }
    }
}
