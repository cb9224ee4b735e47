using System.Text.Json;
using Kit.Cli.Commands;
using Kit.Cooccurrence;
using Kit.Files;
using Kit.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;

namespace Kit.Tests.Cooccurrence;

public class CooccurrenceCommandTests
{
    private static string TinyFolder(TempFolder temp)
    {
        foreach (var d in CooccurrenceCounterTests.Tiny) temp.File(d.Id + ".txt", d.Text);
        return temp.Path;
    }

    [Fact]
    public void Json_has_nodes_and_edges_with_measures_and_evidence_offsets()
    {
        using var temp = new TempFolder();
        var graph = CooccurrenceCommand.Count(TinyFolder(temp), CooccurrenceArguments.Options("sentence", null, false, false, 1));
        var json = JsonDocument.Parse(CooccurrenceJson.Write(graph)).RootElement;
        Assert.Equal(["window", "windows", "nodes", "edges"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("sentence", 7), (json.GetProperty("window").GetString(), json.GetProperty("windows").GetInt32()));
        var kerry = json.GetProperty("nodes")[0];
        Assert.Equal(["actor", "name", "type", "mentions", "windows"], kerry.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("john-kerry", "جون كيري", "person", 5, 3),
            (kerry.GetProperty("actor").GetString(), kerry.GetProperty("name").GetString(), kerry.GetProperty("type").GetString(),
             kerry.GetProperty("mentions").GetInt32(), kerry.GetProperty("windows").GetInt32()));
        var edge = json.GetProperty("edges")[0]; // by count: kerry–lavrov, the only pair in two sentences
        Assert.Equal(["a", "b", "count", "pmi", "npmi", "dice", "jaccard", "evidence"], edge.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("john-kerry", "sergey-lavrov", 2, 0.6374, 0.3527, 0.6667, 0.5),
            (edge.GetProperty("a").GetString(), edge.GetProperty("b").GetString(), edge.GetProperty("count").GetInt32(), edge.GetProperty("pmi").GetDouble(),
             edge.GetProperty("npmi").GetDouble(), edge.GetProperty("dice").GetDouble(), edge.GetProperty("jaccard").GetDouble()));
        Assert.Equal([("d1", 0, 47), ("d1", 82, 112)],
            edge.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("doc").GetString(), e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())));
    }

    [Fact]
    public void Json_of_a_folded_count_lists_every_folded_mention()
    {
        using var temp = new TempFolder();
        var graph = CooccurrenceCommand.Count(TinyFolder(temp), CooccurrenceArguments.Options("document", "country,person", true, false, 1));
        var json = JsonDocument.Parse(CooccurrenceJson.Write(graph)).RootElement;
        Assert.Equal(3, json.GetProperty("windows").GetInt32());
        Assert.Equal([("moscow", "russia", 9), ("washington", "united-states", 105), ("moscow", "russia", 42)],
            json.GetProperty("folded").EnumerateArray().Select(f => (f.GetProperty("capital").GetString(), f.GetProperty("into").GetString(), f.GetProperty("start").GetInt32())));
    }

    [Fact]
    public void Table_lists_actors_then_pairs_sorted_as_asked()
    {
        using var temp = new TempFolder();
        var graph = CooccurrenceCommand.Count(TinyFolder(temp), CooccurrenceArguments.Options("sentence", null, false, false, 1)).SortBy("pmi");
        var lines = CooccurrenceCommand.ToTable(graph).ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("7 actors in 7 sentence windows", lines[0]);
        int pairs = Array.IndexOf(lines, "10 pairs by PMI");
        Assert.True(pairs > 0);
        Assert.StartsWith("actor ", lines[pairs + 1]);
        Assert.Contains("| 1.807", lines[pairs + 3]); // russia–syria, log2(7/2)
    }

    [Theory]
    [InlineData("people", 1, "--types: no actor type 'people'")]
    [InlineData(null, 0, "--min-count: 0 is below 1")]
    public void Bad_options_are_one_line_of_feedback(string? types, int minCount, string message)
    {
        var e = Assert.Throws<KitInputException>(() => CooccurrenceArguments.Options("sentence", types, false, false, minCount));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void In_a_notebook_a_count_displays_as_a_table_of_its_strongest_pairs_and_evidence_with_actors_marked()
    {
        var graph = Cooccurrences.Count(CooccurrenceCounterTests.Tiny, Window.Sentence);
        Assert.Contains("text/html", Formatter.GetPreferredMimeTypesFor(typeof(CooccurrenceGraph)));
        var html = graph.ToDisplayString("text/html");
        Assert.Contains("7 actors, 10 pairs in 7 sentence windows", html);
        Assert.Contains("<td dir=\"rtl\" style=\"text-align:right\">جون كيري</td><td dir=\"rtl\" style=\"text-align:right\">سيرغي لافروف</td><td>2</td><td>0.637</td>", html);
        var evidence = graph.Evidence("john-kerry", "sergey-lavrov").ToDisplayString("text/html");
        Assert.Contains("جون كيري — سيرغي لافروف: 2 sentence windows", evidence);
        Assert.Contains("ورد <mark title=\"john-kerry\">كيري</mark> على <mark title=\"sergey-lavrov\">لافروف</mark> من واشنطن.", evidence);
        Assert.Contains("<th>PMI</th>", graph.TopEdges(3, "pmi").ToDisplayString("text/html"));
    }

    [Fact]
    public void Corpus_text_in_evidence_and_tables_is_escaped()
    {
        var hostile = new Kit.Corpus.TextCorpus([new Kit.Corpus.Document("x<b>", "قال كيري <script>alert(1)</script> إن لافروف <img src=x onerror=alert(2)>.")]);
        var graph = Cooccurrences.Count(hostile);
        foreach (var html in new[] { graph.ToDisplayString("text/html"), graph.Evidence("john-kerry", "sergey-lavrov").ToDisplayString("text/html") })
        {
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("x<b>", html);
        }
        Assert.Contains("&lt;script&gt;", graph.Evidence("john-kerry", "sergey-lavrov").ToDisplayString("text/html"));
    }
}
