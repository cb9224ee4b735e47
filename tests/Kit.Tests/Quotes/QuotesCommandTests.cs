using System.Text.Json;
using Kit.Cli.Commands;
using Kit.Quotes;

namespace Kit.Tests.Quotes;

public class QuotesCommandTests
{
    private static readonly IReadOnlyList<Quote> Quotes =
        QuoteExtractor.Default.Extract("a", "وقال لافروف إن الحوار مستمر. وأكد أن موسكو مستعدة.\nوقال إن \"الباب مفتوح\".");

    [Fact]
    public void Json_is_an_array_of_doc_speaker_actor_verb_kind_text_start_end()
    {
        var json = JsonDocument.Parse(QuotesCommand.ToJson(Quotes)).RootElement;
        Assert.Equal(3, json.GetArrayLength());
        var first = json[0];
        Assert.Equal(["doc", "speaker", "actor", "verb", "kind", "text", "start", "end"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("a", "لافروف", "sergey-lavrov", "قال", "indirect", "الحوار مستمر", 15, 27),
            (first.GetProperty("doc").GetString(), first.GetProperty("speaker").GetString(), first.GetProperty("actor").GetString(),
             first.GetProperty("verb").GetString(), first.GetProperty("kind").GetString(), first.GetProperty("text").GetString(),
             first.GetProperty("start").GetInt32(), first.GetProperty("end").GetInt32()));
        Assert.Equal("direct", json[2].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_quote_with_no_speaker_has_null_speaker_and_actor_in_json()
    {
        var json = JsonDocument.Parse(QuotesCommand.ToJson(QuoteExtractor.Default.Extract("b", "وأكد أن الاتفاق قريب."))).RootElement;
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (json[0].GetProperty("speaker").ValueKind, json[0].GetProperty("actor").ValueKind));
    }

    [Fact]
    public void Table_has_a_header_and_one_line_per_quote()
    {
        var lines = QuotesCommand.ToTable(Quotes).TrimEnd('\n').Split('\n');
        Assert.Equal(2 + Quotes.Count, lines.Length);
        Assert.Equal(["doc", "speaker", "actor", "verb", "kind", "start", "end", "text"], lines[0].Split('|').Select(c => c.Trim()));
        Assert.Contains("لافروف", lines[2]);
    }
}

/// <summary>kit quotes run in-process as a shell would (the notebooks collection: the console is global).</summary>
[Collection(Kit.Tests.Notebooks.NotebookCollection.Name)]
public class QuotesCommandRunTests
{
    [Fact]
    public void The_command_reads_a_folder_and_refuses_a_missing_one()
    {
        using var temp = new Kit.Tests.Support.TempFolder();
        temp.File("x.txt", "وقال كيري إن المحادثات مفيدة.");
        var result = Kit.Tests.Support.KitCommand.Run("quotes", temp.Path, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("john-kerry", JsonDocument.Parse(result.Out).RootElement[0].GetProperty("actor").GetString());
        var missing = Kit.Tests.Support.KitCommand.Run("quotes", Path.Combine(temp.Path, "missing"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal([$"kit: {Path.Combine(temp.Path, "missing")}: no such folder."], missing.ErrLines);
    }
}
