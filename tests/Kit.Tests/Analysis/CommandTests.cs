using Kit.Analysis;
using Kit.Cli.Commands;
using Kit.Text;

namespace Kit.Tests.Analysis;

public class CommandTests
{
    [Fact]
    public void Kit_tokenize_prints_the_oracles_format_byte_for_byte()
    {
        var output = new StringWriter();
        TokenizeCommand.Write(Directory.GetFiles(KitPaths.Seeds, "*.txt").Order(StringComparer.Ordinal), LuceneAnalyzer.Default.Analyze, output);
        var gold = File.ReadAllLines(Path.Combine(KitPaths.Root, "tests", "gold", "lucene", "seeds.tokens")).Skip(1); // line 1: provenance
        Assert.Equal(string.Join("\n", gold) + "\n", output.ToString());
    }

    [Fact]
    public void Kit_tokenize_kit_profile_prints_bases_with_word_spans()
    {
        using var temp = new Kit.Tests.Support.TempFolder();
        var path = temp.File("a.txt", "وقال لافروف للصحفيين");
        var output = new StringWriter();
        TokenizeCommand.Write([path], Analyzers.ForProfile("kit"), output);
        Assert.Equal("## a.txt\n0 4 قال\n5 11 لافروف\n12 20 صحفيين\n", output.ToString());
    }

    [Fact]
    public void Kit_bench_prints_one_line_per_stage()
    {
        var lines = BenchCommand.Run([new Kit.Corpus.Document("a", "قال لافروف في موسكو إن التعاون مستمر.")], 2).ToList();
        Assert.Equal(["normalize", "lucene", "kit", "pipeline"], lines.Select(l => l.Split(' ')[0]));
        Assert.All(lines, l => Assert.Matches(@"tokens_per_s=\d+ MB_per_s=\d+\.\d\d$", l));
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
