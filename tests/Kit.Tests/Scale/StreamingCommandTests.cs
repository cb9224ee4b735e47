using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kit.Actors;
using Kit.Cli.Commands;
using Kit.Display;
using Kit.Scale;
using Kit.Tests.Support;

namespace Kit.Tests.Scale;

/// <summary>Streaming the corpus must not change what the commands print.</summary>
public class StreamingCommandTests
{
    private static List<IReadOnlyList<Mention>> StreamedMentions() =>
        CorpusStream.Open(Seeds.Folder).Cleaned().Select(d => (IReadOnlyList<Mention>)MentionFinder.Default.Find(d).Where(m => m.Kind == MentionKind.Name).ToList()).ToList();

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public void The_stream_keeps_file_names_and_gives_back_the_folders_paths(string trailing)
    {
        var files = CorpusStream.Open(Seeds.Folder.TrimEnd('/') + trailing).Files;
        Assert.Equal(Kit.Corpus.CorpusLoader.ArticleFiles(Seeds.Folder.TrimEnd('/') + trailing), files);
        Assert.Equal(files.Count, files.Count());
    }

    [Fact]
    public void The_stream_gives_the_loaded_corpus_mentions_in_the_same_order()
    {
        var loaded = MentionFinder.Default.Find(Seeds.Corpus.Clean()).Where(m => m.Kind == MentionKind.Name).ToList();
        Assert.Equal(loaded, StreamedMentions().SelectMany(m => m));
    }

    [Fact]
    public void Entities_json_written_article_by_article_equals_the_serializers_whole_array()
    {
        var perArticle = StreamedMentions();
        var all = perArticle.SelectMany(m => m).ToList();
        string expected = JsonSerializer.Serialize(
            all.Select(m => new { doc = m.Document, actor = m.Actor, type = m.Type, surface = m.Surface, start = m.Start, end = m.End, origin = m.Origin, evidence = m.Evidence }),
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var output = new StringWriter();
        EntitiesCommand.WriteJson(perArticle, output);
        Assert.Equal(expected, output.ToString());
        Assert.Equal("[]\n", EntitiesCommand.ToJson([]));
    }

    [Fact]
    public void Entities_table_written_row_by_row_equals_the_whole_table()
    {
        var all = StreamedMentions().SelectMany(m => m).ToList();
        string expected = HtmlTable.Of(all, ("doc", m => m.Document), ("actor", m => m.Actor), ("type", m => m.Type),
            ("surface", m => m.Surface), ("start", m => m.Start), ("end", m => m.End)).ToString();
        var output = new StringWriter();
        EntitiesCommand.WriteTable(StreamedMentions(), output);
        Assert.Equal(expected, output.ToString());
    }

    [Fact]
    public void Quotes_json_and_table_written_article_by_article_equal_the_whole_ones()
    {
        var perArticle = CorpusStream.Open(Seeds.Folder).Cleaned().Select(d => Kit.Quotes.QuoteExtractor.Default.Extract(d)).ToList();
        var all = perArticle.SelectMany(q => q).ToList();
        Assert.NotEmpty(all);
        string expected = JsonSerializer.Serialize(
            all.Select(q => new { doc = q.Document, speaker = q.SpeakerText, actor = q.Actor, verb = q.Verb, kind = q.Kind.ToString().ToLowerInvariant(), text = q.Text, start = q.Start, end = q.End }),
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var json = new StringWriter();
        QuotesCommand.WriteJson(perArticle, json);
        Assert.Equal(expected, json.ToString());
        Assert.Contains("null", json.ToString()); // a quote whose speaker no rule found

        var table = new StringWriter();
        QuotesCommand.WriteTable(perArticle, table);
        Assert.Equal(QuotesCommand.ToTable(all), table.ToString());
        Assert.Equal(HtmlTable.Of(all, ("doc", q => q.Document), ("speaker", q => q.SpeakerText ?? "-"), ("actor", q => q.Actor ?? "-"),
            ("verb", q => q.Verb), ("kind", q => q.Kind.ToString().ToLowerInvariant()), ("start", q => q.Start), ("end", q => q.End),
            ("text", q => q.Text.Length <= 70 ? q.Text : q.Text[..69] + "…")).ToString(), table.ToString());
    }

    [Fact]
    public void A_long_table_keeps_the_widths_of_its_first_rows()
    {
        var output = new StringWriter();
        var table = new TextTableWriter(output, ["a", "b"], sampleRows: 2);
        table.Add(["x", 1]);
        table.Add(["yy", 22]);
        table.Add(["zzzz", 3]);
        table.Finish();
        Assert.Equal(string.Join(Environment.NewLine, "a  | b", "---+---", "x  | 1", "yy | 22", "zzzz | 3", ""), output.ToString());
    }
}
