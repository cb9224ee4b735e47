using Kit.Analysis;
using Kit.Text;
using Xunit.Abstractions;

namespace Kit.Tests.Analysis;

/// <summary>The lucene profile against Lucene's own output (tests/gold/lucene, made with ../shared/oracle).</summary>
public class LuceneConformanceTests(ITestOutputHelper output)
{
    private static string Gold(string name) => Path.Combine(KitPaths.Root, "tests", "gold", "lucene", name);

    // "## file" starts a file; "# …" is the provenance line; the rest are "start end term".
    private static Dictionary<string, List<string>> ReadGold(string path)
    {
        var files = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) files[line[3..]] = current = [];
            else if (line.StartsWith("# ", StringComparison.Ordinal)) continue;
            else current!.Add(line);
        }
        return files;
    }

    private static List<string> Kit(string file) =>
        LuceneAnalyzer.Default.Analyze(TextFiles.ReadUtf8(file)).Select(t => $"{t.Start} {t.End} {t.Text}").ToList();

    [Fact]
    public void Token_streams_equal_lucenes_on_all_five_seeds()
    {
        var gold = ReadGold(Gold("seeds.tokens"));
        Assert.Equal(5, gold.Count);
        foreach (var (file, expected) in gold)
        {
            var actual = Kit(Path.Combine(KitPaths.Seeds, file));
            Assert.Equal(expected, actual);
        }
        Assert.Equal(1972, gold.Values.Sum(v => v.Count));
    }

    [Fact]
    public void Hard_cases_match_lucene_but_for_the_empty_term()
    {
        var expected = ReadGold(Gold("hard-cases.tokens"))["hard-cases.txt"];
        var actual = Kit(Gold("hard-cases.txt"));
        int matched = expected.Intersect(actual).Count();
        output.WriteLine($"lucene profile vs Lucene on hard cases: {matched}/{expected.Count} tokens identical ({100.0 * matched / expected.Count:0.0}%), kit emitted {actual.Count}");
        var missing = expected.Except(actual).ToList();
        Assert.Equal(["434 437 "], missing);
        Assert.Empty(actual.Except(expected));
    }

    [Fact]
    public void Random_text_matches_lucene_token_for_token_but_for_empty_terms()
    {
        // random-text.txt: 400 lines of characters drawn to stress word breaking (make-random-text.py, fixed seed).
        var expected = ReadGold(Gold("random-text.tokens"))["random-text.txt"];
        var actual = Kit(Gold("random-text.txt"));
        var empty = expected.Where(t => t.EndsWith(' ')).ToList(); // tatweel-only words: Lucene emits "", the kit nothing
        output.WriteLine($"lucene profile vs Lucene on random text: {expected.Count - empty.Count} of {expected.Count} tokens, {empty.Count} empty terms");
        Assert.True(empty.Count < 20, $"{empty.Count} empty terms");
        Assert.Equal(expected.Except(empty), actual);
    }

    // Expected stems printed by ../shared/oracle/lucene-arabic tokens on these words.
    [Theory]
    [InlineData("والرئيس", "رئيس")]
    [InlineData("بوتين", "بوت")]
    [InlineData("واشنطن", "اشنطن")]
    [InlineData("الولايات", "ولا")]
    [InlineData("للتخندق", "تخندق")]
    [InlineData("وقال", "قال")]
    [InlineData("ولد", "ولد")]
    public void Light_stemmer_follows_lucenes_rules(string word, string stem) =>
        Assert.Equal(stem, LuceneStemmer.Stem(global::Kit.Normalization.ArabicNormalizer.Lucene.Apply(word)));

    [Fact]
    public void Stopwords_are_savoys_list_with_its_licence_note()
    {
        var text = KitData.ReadText("stopwords-savoy.txt");
        Assert.Contains("Jacques Savoy and is distributed under the BSD license", text);
        Assert.Equal(119, LuceneAnalyzer.Default.Stopwords.Count);
        Assert.Empty(LuceneAnalyzer.Default.Analyze("من في على أن"));
    }
}
