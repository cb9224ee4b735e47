using System.Text;
using Kit.Analysis;
using Kit.Cli.Commands;
using Kit.Files;

namespace Kit.Tests.Analysis;

public class CommandTests
{
    [Fact]
    public void Kit_tokenize_prints_lucenes_tokens_in_the_oracles_format()
    {
        var files = Directory.GetFiles(KitPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        var output = new StringWriter();
        TokenizeCommand.Write(files, LuceneAnalyzer.Default.Analyze, output);
        // The Java oracle's format: "## file", then "start end term" per token.
        var expected = new StringBuilder();
        foreach (var file in files)
        {
            expected.Append("## ").Append(Path.GetFileName(file)).Append('\n');
            foreach (var t in Kit.Tests.Support.LuceneNet.Analyze(TextFiles.ReadUtf8(file))) expected.Append($"{t.Start} {t.End} {t.Text}\n");
        }
        Assert.Equal(expected.ToString(), output.ToString());
    }

    [Fact]
    public void Kit_tokenize_kit_profile_prints_bases_with_word_spans()
    {
        using var temp = new Kit.Tests.Support.TempFolder();
        var path = temp.File("a.txt", "وقال لافروف للصحفيين");
        var output = new StringWriter();
        TokenizeCommand.Write([path], Analyzers.ForProfile("clitics"), output);
        Assert.Equal("## a.txt\n0 4 قال\n5 11 لافروف\n12 20 صحفيين\n", output.ToString());
    }

    [Fact]
    public void Kit_bench_prints_one_line_per_stage_and_round_and_the_ratio_to_lucene_net()
    {
        var lines = BenchCommand.Run([new Kit.Corpus.Document("a", "قال لافروف في موسكو إن التعاون مستمر.")], 2, rounds: 2).ToList();
        string[] round = ["normalize", "lucene", "lucene-net", "clitics", "pipeline", "ratio"];
        Assert.Equal([.. round, .. round, "ratio"], lines.Select(l => l.Split(' ')[0]));
        Assert.All(lines.Where(l => !l.StartsWith("ratio", StringComparison.Ordinal)), l => Assert.Matches(@" round=[12] tokens=\d+ seconds=\d+\.\d+ tokens_per_s=\d+ MB_per_s=\d+\.\d\d$", l));
        Assert.Matches(@"^ratio round=2 lucene/lucene-net=\d+\.\d\dx median_pass=\d+\.\d\dx$", lines[^2]);
        Assert.Matches(@"^ratio lucene/lucene-net median=\d+\.\d\dx min=\d+\.\d\dx max=\d+\.\d\dx rounds=2 ", lines[^1]);
        // The same number of tokens from both analyzers here: no tatweel-only word.
        Assert.Equal(lines[1].Split(' ')[2], lines[2].Split(' ')[2]);
    }

    [Fact]
    public void Kit_bench_runs_only_the_chosen_stages_in_its_own_order()
    {
        var stages = BenchCommand.ParseStages("pipeline, lucene");
        Assert.Equal(["lucene", "pipeline"], stages);
        var lines = BenchCommand.Run([new Kit.Corpus.Document("a", "قال لافروف في موسكو.")], 1, rounds: 1, stages).ToList();
        Assert.Equal(["lucene", "pipeline"], lines.Select(l => l.Split(' ')[0]));
    }
}

public class EntitiesCommandTests
{
    [Fact]
    public void Json_is_an_array_of_doc_actor_type_surface_start_end()
    {
        var mentions = Kit.Actors.MentionFinder.Default.Find("a", "وقال لافروف في موسكو");
        var json = System.Text.Json.JsonDocument.Parse(EntitiesCommand.ToJson(mentions)).RootElement;
        Assert.Equal(2, json.GetArrayLength());
        var first = json[0];
        Assert.Equal(["doc", "actor", "type", "surface", "start", "end", "origin", "evidence"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("gazetteer", first.GetProperty("origin").GetString());
        Assert.Equal(("sergey-lavrov", "person", "لافروف", 5, 11),
            (first.GetProperty("actor").GetString(), first.GetProperty("type").GetString(), first.GetProperty("surface").GetString(),
             first.GetProperty("start").GetInt32(), first.GetProperty("end").GetInt32()));
    }
}
